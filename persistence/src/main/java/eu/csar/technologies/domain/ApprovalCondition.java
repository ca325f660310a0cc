package eu.csar.technologies.domain;

import eu.csar.shared.domain.RuleViolationException;

/**
 * When an entry may be listed (Art 50(1)): only with the Technology Committee's and the EDPB's opinions
 * both favourable (a platform rule, pending legal review). The lifecycle says when approval may be asked
 * at all (after the EDPB's opinion).
 */
final class ApprovalCondition {

    private ApprovalCondition() {
    }

    /** Refuses the approval unless both opinions were recorded favourable (an opinion not recorded is not favourable). */
    static void check(Boolean committeeFavourable, Boolean edpbFavourable) {
        if (!Boolean.TRUE.equals(committeeFavourable) || !Boolean.TRUE.equals(edpbFavourable)) {
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, "state",
                    "Approval needs the Technology Committee's and the EDPB's opinions both favourable (Art 50(1))");
        }
    }
}
