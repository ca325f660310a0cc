package eu.csar.shared.domain;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link CleanText}, one code point at a time. */
public class CleanTextValidator implements ConstraintValidator<CleanText, CharSequence> {

    private boolean multiLine;

    @Override
    public void initialize(CleanText annotation) {
        multiLine = annotation.multiLine();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || isClean(value, multiLine);
    }

    /** True if {@code text} has none of the characters {@link CleanText} forbids. */
    public static boolean isClean(CharSequence text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c) || isForbidden(c, multiLine)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isForbidden(char c, boolean multiLine) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return !multiLine;
        }
        return Character.isISOControl(c)
                || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' // zero width
                || c == '\u200E' || c == '\u200F' || c == '\u061C'                                   // direction marks
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')             // bidi embeddings, overrides, isolates
                || c == '\uFFFD' || c == '\uFFFE' || c == '\uFFFF';                                  // broken encoding, non-characters
    }
}
