package eu.csar.penalties.api;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One step of the penalty calculator's explanation, as a message key ({@code penStep.*} in the
 * portal's message files) and its arguments (amounts, percentages, the Article, the profile, already
 * written out), so that each reader gets it in the language of the page, and the API both the key
 * with its arguments and the English text.
 */
public record PenaltyStep(String key, List<String> arguments) implements Serializable {

    public PenaltyStep {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    public static PenaltyStep of(String key, String... arguments) {
        return new PenaltyStep(key, List.of(arguments));
    }
}
