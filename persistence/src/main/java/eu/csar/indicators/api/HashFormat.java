package eu.csar.indicators.api;

import java.util.Locale;
import java.util.Optional;

/**
 * The one check of a hash value's form, wherever a hash enters the platform: indicator submissions
 * and imports ({@code HashLineParser}) and the evidence items of reports. A PDQ hash is 64
 * hexadecimal digits with a quality from 0 to 100, of at least {@value #MIN_PDQ_QUALITY}; an MD5
 * digest 32 and a SHA-256 digest 64 hexadecimal digits, either case, stored in lower case. Pure.
 */
public final class HashFormat {

    /** The lowest PDQ quality accepted; below it a hash says too little about the picture. */
    public static final int MIN_PDQ_QUALITY = 50;
    public static final int MAX_PDQ_QUALITY = 100;

    private HashFormat() {
    }

    /** How many hexadecimal digits a hash of {@code kind} has. */
    public static int hexLength(IndicatorKind kind) {
        return switch (kind) {
            case MD5 -> 32;
            case PDQ, SHA256 -> 64;
            case URL -> throw new IllegalArgumentException("a URL is not a hash");
        };
    }

    /** Whether {@code text} is exactly {@code length} hexadecimal digits (either case). */
    public static boolean isHex(String text, int length) {
        if (text == null || text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean hex = c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            if (!hex) {
                return false;
            }
        }
        return true;
    }

    /** Why a hash of {@code kind} that is not {@link #hexLength} hexadecimal digits is refused. */
    public static String malformedHex(IndicatorKind kind) {
        return "malformed " + kind + " hash: expected " + hexLength(kind) + " hexadecimal digits";
    }

    /** Why a PDQ quality below {@link #MIN_PDQ_QUALITY} is refused. */
    public static String lowQuality(int quality) {
        return "PDQ quality " + quality + " is below " + MIN_PDQ_QUALITY;
    }

    /**
     * Why the hash {@code hex} of {@code kind} with {@code quality} (PDQ only; must be null for a
     * digest) is refused, or empty when it is acceptable.
     */
    public static Optional<String> refusal(IndicatorKind kind, String hex, Integer quality) {
        if (kind == IndicatorKind.URL) {
            return Optional.of("a URL is not a hash");
        }
        if (!isHex(hex, hexLength(kind))) {
            return Optional.of(malformedHex(kind));
        }
        if (kind != IndicatorKind.PDQ) {
            return quality == null ? Optional.empty() : Optional.of("only a PDQ hash has a quality");
        }
        if (quality == null) {
            return Optional.of("malformed line: PDQ hash without its quality");
        }
        if (quality < 0 || quality > MAX_PDQ_QUALITY) {
            return Optional.of("malformed PDQ quality: " + quality + " is not a number from 0 to " + MAX_PDQ_QUALITY);
        }
        return quality < MIN_PDQ_QUALITY ? Optional.of(lowQuality(quality)) : Optional.empty();
    }

    /** The hash as stored: lower case. */
    public static String normalised(String hex) {
        return hex.toLowerCase(Locale.ROOT);
    }
}
