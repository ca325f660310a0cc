package eu.csar.vault.domain;

import javax.crypto.SecretKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * Whether this node's credential store holds the master keys the vault recorded: for each version,
 * the key under its alias must have the recorded {@link EnvelopeCipher#checkValue check value}. A
 * version recorded before check values existed gets the value of the key found now (the first node
 * to start after the upgrade vouches for it). A key missing from the store matters only while data
 * keys are still wrapped under it (after a finished rotation the old alias is removed on purpose).
 *
 * <p>A node that fails this check must not take traffic: with another key under the current alias it
 * would wrap new items under a key no other node has, and they would be lost with that node's store.
 */
public final class MasterKeyCheck {

    /** What the check found for one version. */
    public enum Verdict {
        /** The store's key has the recorded check value. */
        MATCHES,
        /** No value was recorded; the store's key's value is recorded now. */
        RECORDED,
        /** The store holds another key under this alias. */
        ANOTHER_KEY,
        /** The store has no key under this alias, and live data keys are wrapped under it. */
        MISSING,
        /** The store has no key under this alias, and nothing is wrapped under it any more. */
        RETIRED;

        public boolean isProblem() {
            return this == ANOTHER_KEY || this == MISSING;
        }
    }

    /** One version's verdict, with the check values involved (never the key). */
    public record Finding(String alias, Verdict verdict, String recorded, String found, long liveKeys) {

        /** One line for the operator's log. */
        public String describe() {
            return switch (verdict) {
                case MATCHES -> "master key " + alias + " matches its check value " + recorded;
                case RECORDED -> "master key " + alias + " had no check value; recorded " + found;
                case ANOTHER_KEY -> "master key " + alias + " in this node's credential store has check value " + found
                        + ", but the vault recorded " + recorded + " for it: this is another key. " + liveKeys
                        + " item(s) are wrapped under " + alias + "; install the credential store that holds the recorded key (docs/vault.md)";
                case MISSING -> "master key " + alias + " is not in this node's credential store, but " + liveKeys
                        + " item(s) are wrapped under it: install the credential store that holds it (docs/vault.md)";
                case RETIRED -> "master key " + alias + " is no longer in the credential store and nothing is wrapped under it";
            };
        }
    }

    private MasterKeyCheck() {
    }

    /** Checks every version against {@code ring}, recording missing check values on the versions themselves. */
    public static List<Finding> check(List<MasterKeyVersion> versions, MasterKeyRing ring, ToLongFunction<String> liveKeysUnder) {
        List<Finding> findings = new ArrayList<>();
        for (MasterKeyVersion version : versions) {
            String alias = version.alias();
            Optional<SecretKey> key = ring.key(alias);
            String recorded = version.checkValue().orElse(null);
            if (key.isEmpty()) {
                long live = liveKeysUnder.applyAsLong(alias);
                findings.add(new Finding(alias, live > 0 ? Verdict.MISSING : Verdict.RETIRED, recorded, null, live));
                continue;
            }
            String found = EnvelopeCipher.checkValue(key.get());
            if (recorded == null) {
                version.recordCheckValue(found);
                findings.add(new Finding(alias, Verdict.RECORDED, null, found, 0));
            } else if (recorded.equals(found)) {
                findings.add(new Finding(alias, Verdict.MATCHES, recorded, found, 0));
            } else {
                findings.add(new Finding(alias, Verdict.ANOTHER_KEY, recorded, found, liveKeysUnder.applyAsLong(alias)));
            }
        }
        return findings;
    }
}
