package eu.csar.detection.distribution;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the signature of one page covers: the set, the versions the page spans (a snapshot starts
 * at 0), the page number, how many entries it holds, whether it is the last page, the SHA-256 of
 * the page body exactly as sent (lower-case hex) and when the Centre issued it.
 */
public record Manifest(String set, long fromVersion, long toVersion, int page, int count, boolean last,
                       String sha256, Instant issuedAt) {

    static final String SET = "set";
    static final String FROM = "fromVersion";
    static final String TO = "toVersion";
    static final String PAGE = "page";
    static final String COUNT = "count";
    static final String LAST = "last";
    static final String SHA256 = "sha256";
    static final String ISSUED_AT = "issuedAt";

    /** The manifest of {@code body}: its digest is computed here. */
    public static Manifest of(String set, long fromVersion, long toVersion, int page, int count, boolean last,
                              byte[] body, Instant issuedAt) {
        return new Manifest(set, fromVersion, toVersion, page, count, last, sha256(body), issuedAt);
    }

    /** Lower-case hex SHA-256. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** SHA-256 of a text's UTF-8 bytes. */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(SET, set);
        m.put(FROM, fromVersion);
        m.put(TO, toVersion);
        m.put(PAGE, page);
        m.put(COUNT, count);
        m.put(LAST, last);
        m.put(SHA256, sha256);
        m.put(ISSUED_AT, issuedAt.getEpochSecond());
        return m;
    }

    static Manifest fromJson(Map<String, Object> m) throws DistributionException {
        try {
            return new Manifest(text(m, SET), number(m, FROM), number(m, TO), (int) number(m, PAGE), (int) number(m, COUNT),
                    bool(m, LAST), text(m, SHA256), Instant.ofEpochSecond(number(m, ISSUED_AT)));
        } catch (ClassCastException e) {
            throw new DistributionException("manifest: a field has the wrong type", e);
        }
    }

    private static String text(Map<String, Object> m, String key) throws DistributionException {
        Object v = m.get(key);
        if (!(v instanceof String s)) {
            throw new DistributionException("manifest: " + key + " missing");
        }
        return s;
    }

    private static long number(Map<String, Object> m, String key) throws DistributionException {
        Object v = m.get(key);
        if (!(v instanceof Number n)) {
            throw new DistributionException("manifest: " + key + " missing");
        }
        return n.longValue();
    }

    private static boolean bool(Map<String, Object> m, String key) throws DistributionException {
        Object v = m.get(key);
        if (!(v instanceof Boolean b)) {
            throw new DistributionException("manifest: " + key + " missing");
        }
        return b;
    }
}
