package eu.csar.victims.domain;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * The access code a survivor signs in with, and the case number it goes with. A code is 20
 * characters of Crockford's base 32 (100 random bits) in groups of four, e.g. {@code 7KQ2-M9XD-...};
 * reading it back ignores case, spaces and dashes and takes O for 0 and I or L for 1, so a code
 * read out over the phone or typed on a phone still works. The platform keeps only a slow salted
 * hash of it (PBKDF2-HMAC-SHA256, {@value #ITERATIONS} iterations, a 128-bit salt per code): a code
 * is shown once, to the Coordinating Authority that issued it.
 */
public final class AccessCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 20;
    static final int GROUP = 4;
    public static final int ITERATIONS = 120_000;

    /** The stored form of a code. */
    public record Hashed(String hash, String salt, int iterations) {

        public Hashed {
            Objects.requireNonNull(hash, "hash");
            Objects.requireNonNull(salt, "salt");
        }
    }

    private AccessCode() {
    }

    /** A new code, grouped for reading: {@code XXXX-XXXX-XXXX-XXXX-XXXX}. */
    public static String generate(SecureRandom random) {
        return grouped(randomChars(random, LENGTH));
    }

    /** A new case number for {@code memberState}: {@code VC-NL-XXXXXXXX}. */
    public static String caseNumber(SecureRandom random, String memberState) {
        return "VC-" + memberState + "-" + randomChars(random, 8);
    }

    /** What a person typed, as the code it means: upper case, no spaces or dashes, O as 0, I and L as 1. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(typed.length());
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case ' ', '-', '\t' -> { }
                case 'O' -> out.append('0');
                case 'I', 'L' -> out.append('1');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public static Hashed hash(String code, SecureRandom random) {
        return hash(code, random, ITERATIONS);
    }

    /** As {@link #hash(String, SecureRandom)} with fewer iterations: for tests of everything but the cost. */
    static Hashed hash(String code, SecureRandom random, int iterations) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        String saltHex = HexFormat.of().formatHex(salt);
        return new Hashed(derive(normalise(code), salt, iterations), saltHex, iterations);
    }

    /** Whether {@code typed} is the code {@code stored} was made from (compared in constant time). */
    public static boolean matches(String typed, Hashed stored) {
        String code = normalise(typed);
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return false;
        }
        String derived = derive(code, HexFormat.of().parseHex(stored.salt()), stored.iterations());
        return MessageDigest.isEqual(derived.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                stored.hash().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private static String derive(String code, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(code.toCharArray(), salt, iterations, 256);
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            return HexFormat.of().formatHex(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
        }
    }

    private static String randomChars(SecureRandom random, int n) {
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    static String grouped(String code) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < code.length(); i += GROUP) {
            if (i > 0) {
                out.append('-');
            }
            out.append(code, i, Math.min(code.length(), i + GROUP));
        }
        return out.toString();
    }
}
