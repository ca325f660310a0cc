package eu.csar.platform.api;

import java.util.Optional;

/**
 * The value of a partner's {@code Idempotency-Key} header, checked: 1 to {@value #MAX_LENGTH}
 * printable ASCII characters (no control characters, no spaces at either end), so that a key is
 * stored and compared exactly as the partner sent it. A UUID is the recommended form, not required.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        Optional<String> problem = problemWith(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /** Why {@code value} is not a usable key, or empty if it is. */
    public static Optional<String> problemWith(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.of("The " + HEADER + " header is empty");
        }
        if (value.length() > MAX_LENGTH) {
            return Optional.of("The " + HEADER + " header is longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return Optional.of("The " + HEADER + " header may hold printable ASCII characters only");
            }
        }
        if (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ') {
            return Optional.of("The " + HEADER + " header may not begin or end with a space");
        }
        return Optional.empty();
    }
}
