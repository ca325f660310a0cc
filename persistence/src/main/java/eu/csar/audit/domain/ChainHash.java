package eu.csar.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The canonical hash of a chain link: SHA-256 over the fields in a fixed order, each written as its
 * length, a colon, the value and a bar ({@code 5:admin|}), so that no two different entries share an
 * input by moving characters from one field to the next; null is written as the empty value.
 */
final class ChainHash {

    private ChainHash() {
    }

    static String of(Object... fields) {
        StringBuilder canonical = new StringBuilder(256);
        for (Object field : fields) {
            String value = field == null ? "" : field.toString();
            canonical.append(value.length()).append(':').append(value).append('|');
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
