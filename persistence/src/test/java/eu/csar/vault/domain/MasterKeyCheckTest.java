package eu.csar.vault.domain;

import org.junit.jupiter.api.Test;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MasterKeyCheckTest {

    private static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");
    private static final SecretKey ONE = key(1);
    private static final SecretKey TWO = key(2);

    private static SecretKey key(int fill) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) fill);
        return new SecretKeySpec(bytes, "AES");
    }

    private static MasterKeyRing ring(Map<String, SecretKey> keys) {
        return alias -> Optional.ofNullable(keys.get(alias));
    }

    @Test
    void theCheckValueIsTheFirstEightBytesOfAesOfAZeroBlock() {
        // the known answer of AES-256 for the zero block under the zero key: dc95c078a2408989ad48a21492842087
        assertEquals("dc95c078a2408989", EnvelopeCipher.checkValue(key(0)));
        assertNotEquals(EnvelopeCipher.checkValue(ONE), EnvelopeCipher.checkValue(TWO));
        assertEquals(EnvelopeCipher.checkValue(ONE), EnvelopeCipher.checkValue(key(1)), "the same key, the same value");
        assertThrows(IllegalArgumentException.class, () -> EnvelopeCipher.checkValue(new SecretKeySpec(new byte[7], "AES")));
    }

    @Test
    void theKeyWithTheRecordedValueMatches() {
        MasterKeyVersion version = new MasterKeyVersion("m1", AT, "system", EnvelopeCipher.checkValue(ONE));
        List<MasterKeyCheck.Finding> findings = MasterKeyCheck.check(List.of(version), ring(Map.of("m1", ONE)), alias -> 5);
        assertEquals(MasterKeyCheck.Verdict.MATCHES, findings.get(0).verdict());
        assertFalse(findings.get(0).verdict().isProblem());
    }

    @Test
    void anotherKeyUnderTheSameAliasIsAProblemNamedWithBothValuesAndTheItemsAtStake() {
        MasterKeyVersion version = new MasterKeyVersion("m1", AT, "system", EnvelopeCipher.checkValue(ONE));
        MasterKeyCheck.Finding finding = MasterKeyCheck.check(List.of(version), ring(Map.of("m1", TWO)), alias -> 7).get(0);
        assertEquals(MasterKeyCheck.Verdict.ANOTHER_KEY, finding.verdict());
        assertTrue(finding.verdict().isProblem());
        assertTrue(finding.describe().contains(EnvelopeCipher.checkValue(ONE)), finding.describe());
        assertTrue(finding.describe().contains(EnvelopeCipher.checkValue(TWO)), finding.describe());
        assertTrue(finding.describe().contains("7 item(s)"), finding.describe());
        assertEquals(EnvelopeCipher.checkValue(ONE), version.checkValue().orElseThrow(), "the recorded value stays");
    }

    @Test
    void aVersionWithoutAValueGetsTheValueOfTheKeyFoundNow() {
        MasterKeyVersion version = new MasterKeyVersion("m1", AT, "system", null);
        MasterKeyCheck.Finding finding = MasterKeyCheck.check(List.of(version), ring(Map.of("m1", TWO)), alias -> 3).get(0);
        assertEquals(MasterKeyCheck.Verdict.RECORDED, finding.verdict());
        assertFalse(finding.verdict().isProblem());
        assertEquals(EnvelopeCipher.checkValue(TWO), version.checkValue().orElseThrow());
    }

    @Test
    void aMissingKeyMattersOnlyWhileItemsAreWrappedUnderIt() {
        MasterKeyVersion retired = new MasterKeyVersion("m1", AT, "system", EnvelopeCipher.checkValue(ONE));
        MasterKeyVersion current = new MasterKeyVersion("m2", AT.plusSeconds(60), "admin", EnvelopeCipher.checkValue(TWO));
        List<MasterKeyCheck.Finding> findings = MasterKeyCheck.check(List.of(retired, current), ring(Map.of("m2", TWO)),
                alias -> alias.equals("m1") ? 0 : 9);
        assertEquals(MasterKeyCheck.Verdict.RETIRED, findings.get(0).verdict());
        assertFalse(findings.get(0).verdict().isProblem());
        assertEquals(MasterKeyCheck.Verdict.MATCHES, findings.get(1).verdict());

        MasterKeyCheck.Finding missing = MasterKeyCheck.check(List.of(retired), ring(Map.of()), alias -> 4).get(0);
        assertEquals(MasterKeyCheck.Verdict.MISSING, missing.verdict());
        assertTrue(missing.verdict().isProblem());
        assertTrue(missing.describe().contains("4 item(s)"), missing.describe());
    }
}
