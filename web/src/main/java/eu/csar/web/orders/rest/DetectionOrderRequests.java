package eu.csar.web.orders.rest;

import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.legal.api.LegalPeriod;
import eu.csar.orders.application.NewDetectionOrder;
import eu.csar.orders.domain.AnnexIiGround;
import eu.csar.orders.domain.DetectionOrderType;
import eu.csar.risk.api.RiskAssessmentId;
import eu.csar.shared.domain.ProviderId;
import eu.csar.web.platform.rest.Inputs;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The bodies sent to {@code /api/v1/detection-orders}, read field by field so that a malformed one is
 * a 400 problem naming its field, before any service runs.
 */
public final class DetectionOrderRequests {

    private DetectionOrderRequests() {
    }

    /** A draft request (Coordinating Authority of establishment, Art 7(2)). */
    public static class Create {
        /** The Coordinating Authority's own reference of the request. */
        public String reference;
        /** ISO 3166 alpha-2; may be left out when only one of the caller's Member States has jurisdiction. */
        public String memberState;
        /** The provider's id in the registry. */
        public String providerId;
        /** The service, or the part of it, the order covers. */
        public String service;
        /** KNOWN_MATERIAL, NEW_MATERIAL or GROOMING. */
        public String type;
        /** The ids of the indicator sets the provider is to use. */
        public List<String> indicatorSets;
        /** How long the order runs from its start, as a legal period (P12M). */
        public String duration;
        public String safeguards;
        /** The detection technology the order names (a reference). */
        public String technologyReference;
        public String reasons;
        /** The legal profile to pin; default COM-2022-209. */
        public String profile;
        /** The provider's risk assessment the request starts from (optional; Art 7(4), Art 3-5). */
        public String riskAssessmentId;

        NewDetectionOrder toDomain() {
            Set<IndicatorSetId> sets = sets(indicatorSets);
            return new NewDetectionOrder(reference, memberState == null || memberState.isBlank() ? null
                    : Inputs.memberState(memberState, "memberState"), new ProviderId(Inputs.uuid(providerId, "providerId")),
                    service, Inputs.requiredEnum(DetectionOrderType.class, type, "type"), sets, period(duration, "duration"),
                    safeguards, technologyReference, reasons, profile,
                    riskAssessmentId == null || riskAssessmentId.isBlank() ? null
                            : new RiskAssessmentId(Inputs.uuid(riskAssessmentId, "riskAssessmentId")));
        }
    }

    /** Sending the draft for consultation: the provider's comment period, as the Coordinating Authority sets it. */
    public static class Consultation {
        /** A legal period (P2W). */
        public String commentPeriod;
    }

    /** A text: comments, an opinion, the adjustments, a plan, a DPIA, a DPA opinion, or a reason. */
    public static class Text {
        public String text;
    }

    /** The issuing authority's decision: its name, the reasons, and for an issued order the start date. */
    public static class Decision {
        public String issuingAuthority;
        /** The first instant of detection (ISO 8601 UTC); only when issuing. */
        public String start;
        public String reasons;

        Instant requiredStart() {
            Instant at = Inputs.instantOrNull(start, "start");
            if (at == null) {
                throw Inputs.invalid("start", "An issued order has a start date");
            }
            return at;
        }
    }

    /** The provider's Annex II answer (Art 8(3)): why it cannot execute the order, and what it needs clarified. */
    public static class AnnexIi {
        /** MANIFEST_ERRORS or INSUFFICIENT_INFORMATION. */
        public String ground;
        public String explanation;
        public String clarificationRequested;

        AnnexIiGround requiredGround() {
            return Inputs.requiredEnum(AnnexIiGround.class, ground, "ground");
        }
    }

    /** The issuing authority's modification at the Coordinating Authority's request (Art 9(4)). */
    public static class Modification {
        public String issuingAuthority;
        /** The indicator sets of the modified order. */
        public List<String> indicatorSets;
        /** Its duration from the original start, as a legal period (P18M). */
        public String duration;
        public String safeguards;
        public String reasons;

        Set<IndicatorSetId> sets() {
            return DetectionOrderRequests.sets(indicatorSets);
        }
    }

    static Set<IndicatorSetId> sets(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw Inputs.invalid("indicatorSets", "A detection order names at least one indicator set");
        }
        Set<IndicatorSetId> sets = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            sets.add(new IndicatorSetId(Inputs.uuid(ids.get(i), "indicatorSets[" + i + "]")));
        }
        return sets;
    }

    static LegalPeriod period(String text, String field) {
        Inputs.requiredText(text, field);
        try {
            return LegalPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            throw Inputs.invalid(field, e.getMessage());
        }
    }

    static String text(Text body, String field) {
        Text b = Inputs.requiredBody(body);
        return Inputs.requiredText(b.text, field);
    }
}
