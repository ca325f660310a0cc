package eu.csar.penalties.domain;

import eu.csar.penalties.api.PenaltyStep;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Arrays;
import java.util.List;

/**
 * One step of a decided case's calculation as stored: the message key and its arguments, the
 * arguments joined by the unit separator (U+001F), which no written amount, Article or profile holds.
 */
@Embeddable
public class PenaltyCaseStep {

    static final String SEPARATOR = "\u001f";

    @Column(name = "message_key", nullable = false)
    private String messageKey;

    @Column(name = "arguments", nullable = false)
    private String arguments;

    protected PenaltyCaseStep() {
    }

    PenaltyCaseStep(PenaltyStep step) {
        this.messageKey = step.key();
        this.arguments = String.join(SEPARATOR, step.arguments());
    }

    PenaltyStep step() {
        List<String> args = arguments.isEmpty() ? List.of() : Arrays.asList(arguments.split(SEPARATOR, -1));
        return new PenaltyStep(messageKey, args);
    }
}
