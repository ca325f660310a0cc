package eu.csar.orders.application;

import java.time.Instant;
import java.util.List;

import static eu.csar.orders.application.AnnexForm.time;

/**
 * Draws a provider's Annex II answer to a detection order (Art 8(3): it cannot execute the order and
 * asks for clarification) as the form of Annex II of COM(2022) 209: one numbered section per item of
 * the template of the order's pinned legal profile ({@code annex-ii.detection-order-cannot-execute}),
 * in the profile's order, with the Coordinating Authority's clarification when it came, then the
 * order's id and verification hash ({@link AnnexForm}). An item this form does not know is printed as
 * not recorded. The form's wording is the platform's, pending legal review.
 */
final class AnnexIiPdf {

    private AnnexIiPdf() {
    }

    static byte[] render(DetectionOrderView o, List<String> items, String article, Instant printedAt) {
        DetectionOrderView.Execution x = o.execution();
        return AnnexForm.render("Detection order " + o.reference() + " (Annex II answer)", "Detection order", o.id(),
                o.verificationHash(), "ANNEX II - IMPOSSIBILITY TO EXECUTE A DETECTION ORDER", "Article 8(3) of the Regulation "
                        + "laying down rules to prevent and combat child sexual abuse (COM(2022) 209); template " + article
                        + " of legal profile " + o.profile().profileId() + " version " + o.profile().version(),
                "the order the answer concerns", printedAt, form -> {
                    form.items(items, item -> item(form, o, x, item));
                    form.rows("Clarification by the Coordinating Authority", x.clarification() == null ? "Not yet given"
                            : x.clarification(), "Clarified at", time(x.clarifiedAt()));
                });
    }

    private static void item(AnnexForm form, DetectionOrderView o, DetectionOrderView.Execution x, String item) {
        switch (item) {
            case "orderReference" -> form.rows("Reference", o.reference(), "Issued by", o.issuingAuthority(),
                    "Member State", o.memberState().name());
            case "provider" -> form.addressee(o.providerName(), o.provider(), o.addressedTo(), o.contactEmail());
            case "reason" -> form.paragraph(ground(x));
            case "explanation" -> form.paragraph(x.annexIiExplanation());
            case "clarificationRequested" -> form.paragraph(x.clarificationRequested());
            case "contactPoint" -> form.paragraph(o.contactEmail());
            case "submittedAt" -> form.paragraph(time(x.annexIiAt()));
            default -> form.paragraph("Not recorded on the platform.");
        }
    }

    private static String ground(DetectionOrderView.Execution x) {
        return switch (x.annexIiGround()) {
            case MANIFEST_ERRORS -> "The detection order contains manifest errors (Art 8(3))";
            case INSUFFICIENT_INFORMATION -> "The detection order does not contain sufficient information for its execution (Art 8(3))";
        };
    }
}
