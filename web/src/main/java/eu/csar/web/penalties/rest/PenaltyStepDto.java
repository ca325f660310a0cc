package eu.csar.web.penalties.rest;

import eu.csar.penalties.api.PenaltyStep;
import eu.csar.web.penalties.portal.PenaltyStepTexts;

import java.util.List;
import java.util.Locale;

/**
 * One step of the penalty calculator over the API: the message key and its arguments (for a client
 * that writes the step in its own language) and the English text.
 */
public record PenaltyStepDto(String key, List<String> arguments, String text) {

    static List<PenaltyStepDto> of(List<PenaltyStep> steps) {
        return steps.stream().map(s -> new PenaltyStepDto(s.key(), s.arguments(), PenaltyStepTexts.textIn(s, Locale.ENGLISH)))
                .toList();
    }
}
