package eu.csar.web.risk.rest;

import eu.csar.risk.api.AssessmentKind;
import eu.csar.risk.api.RiskAssessmentId;
import eu.csar.risk.application.NewRiskAssessment;
import eu.csar.web.platform.rest.Inputs;

import java.util.Map;

/**
 * The bodies sent to {@code /api/v1/risk-assessments} and {@code /api/v1/risk-reviews}, read field
 * by field so that a malformed one is a 400 problem naming its field, before any service runs.
 */
public final class RiskRequests {

    private RiskRequests() {
    }

    /** A provider's risk assessment (Art 3-5) or app store measures (Art 6). */
    public static class Submission {
        /** SERVICE or APP_STORE; derived from the provider's services when left out. */
        public String kind;
        /** A legal profile id (COM-2022-209 when left out). */
        public String profile;
        /** The report's fields by the names the legal profile lists. */
        public Map<String, String> fields;

        NewRiskAssessment toDomain() {
            AssessmentKind k = Inputs.enumOrNull(AssessmentKind.class, kind, "kind");
            if (fields == null) {
                throw Inputs.invalid("fields", "The report's fields, by the names the legal profile lists");
            }
            return new NewRiskAssessment(k, profile, fields);
        }
    }

    /** A text: what the authority asks for, the provider's answer, or a reason. */
    public static class Text {
        public String text;
    }

    /** A risk category of the assessment's legal profile. */
    public static class Category {
        public String category;
    }

    static RiskAssessmentId id(String id) {
        return new RiskAssessmentId(Inputs.uuid(id, "id"));
    }
}
