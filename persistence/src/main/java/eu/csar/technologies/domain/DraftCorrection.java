package eu.csar.technologies.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static eu.csar.shared.domain.RuleViolationException.invalid;

/**
 * A DRAFT's edit worked out against what the draft says now: the description, error rates and how they
 * were measured it will say (each checked as on creation and named at its field when wrong; a null field
 * of the edit keeps the draft's), and which of them change; an edit that changes nothing is refused. Whether
 * the entry may still be edited (only a DRAFT) is the lifecycle's to say.
 */
record DraftCorrection(String description, BigDecimal falsePositiveRate, BigDecimal falseNegativeRate, String errorRateMethod,
                       List<String> changed) {

    static DraftCorrection of(Technology draft, Technology.DraftEdit edit) {
        String description = edit.description() == null ? draft.description()
                : TechnologyFields.requiredText(edit.description(), "description", "What the technology does", Technology.MAX_TEXT);
        BigDecimal falsePositive = edit.falsePositiveRate() == null ? draft.falsePositiveRate()
                : TechnologyFields.rate(edit.falsePositiveRate(), "falsePositiveRate");
        BigDecimal falseNegative = edit.falseNegativeRate() == null ? draft.falseNegativeRate()
                : TechnologyFields.rate(edit.falseNegativeRate(), "falseNegativeRate");
        String method = edit.errorRateMethod() == null ? draft.errorRateMethod() : TechnologyFields.requiredText(edit.errorRateMethod(),
                "errorRateMethod", "How the error rates were measured (data set, size, threshold)", Technology.MAX_TEXT);
        List<String> changed = new ArrayList<>();
        if (!description.equals(draft.description())) {
            changed.add("description");
        }
        if (falsePositive.compareTo(draft.falsePositiveRate()) != 0) {
            changed.add("falsePositiveRate");
        }
        if (falseNegative.compareTo(draft.falseNegativeRate()) != 0) {
            changed.add("falseNegativeRate");
        }
        if (!method.equals(draft.errorRateMethod())) {
            changed.add("errorRateMethod");
        }
        if (changed.isEmpty()) {
            throw invalid("description", "Nothing to change: the draft says this already");
        }
        return new DraftCorrection(description, falsePositive, falseNegative, method, List.copyOf(changed));
    }

    /** What the history row says of the edit: the fields changed. */
    String summary() {
        return "changed: " + String.join(", ", changed);
    }
}
