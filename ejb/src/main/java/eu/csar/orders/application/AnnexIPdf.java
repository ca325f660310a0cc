package eu.csar.orders.application;

import com.lowagie.text.pdf.PdfPTable;
import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.orders.api.Addressee;

import java.time.Instant;
import java.util.List;

import static eu.csar.orders.application.AnnexForm.cell;
import static eu.csar.orders.application.AnnexForm.time;

/**
 * Draws an issued detection order as the form of Annex I of COM(2022) 209 (the detection order
 * template, Art 8(1)): one numbered section per item of the template of the order's pinned legal
 * profile ({@code annex-i.detection-order}), in the profile's order, then the order's id and
 * verification hash ({@link AnnexForm}). An item this form does not know is printed as not recorded,
 * so a newer profile's form still prints. The form's wording is the platform's, pending legal review.
 */
final class AnnexIPdf {

    private AnnexIPdf() {
    }

    static byte[] render(DetectionOrderView o, List<String> items, String article, Instant printedAt) {
        return AnnexForm.render("Detection order " + o.reference() + " (Annex I)", "Detection order", o.id(), o.verificationHash(),
                "ANNEX I - DETECTION ORDER", "Articles 7 and 8(1) of the Regulation laying down rules to prevent and combat "
                        + "child sexual abuse (COM(2022) 209); template " + article + " of legal profile "
                        + o.profile().profileId() + " version " + o.profile().version(),
                "the order as issued: request, decision and the legal profile", printedAt,
                form -> form.items(items, item -> item(form, o, item)));
    }

    private static void item(AnnexForm form, DetectionOrderView o, String item) {
        switch (item) {
            case "orderReference" -> form.rows("Reference", o.reference(), "State", o.state().name());
            case "issuingAuthority" -> form.rows("Issuing authority", o.issuingAuthority(), "Member State", o.memberState().name(),
                    "Decided by", o.decidedBy());
            case "coordinatingAuthority" -> form.rows("Coordinating Authority of establishment", o.memberState().name(),
                    "Request drafted by", o.draftedBy(), "Submitted at", time(o.submittedAt()));
            case "provider" -> form.addressee(o.providerName(), o.provider(), o.addressedTo(), o.contactEmail());
            case "legalRepresentative" -> form.paragraph(o.addressedTo() == Addressee.LEGAL_REPRESENTATIVE
                    ? "The order goes to the provider's legal representative (Art 24), " + o.contactEmail()
                    : "The order goes to the provider's point of contact (Art 23), " + o.contactEmail()
                    + "; no legal representative is addressed");
            case "service" -> form.paragraph(o.service());
            case "serviceScope" -> form.paragraph(o.adjustments() == null
                    ? "The whole service named above (the draft was not adjusted)" : o.adjustments());
            case "detectionType" -> form.paragraph(type(o));
            case "indicatorSets" -> sets(form, o.indicatorSets());
            case "startDate" -> form.paragraph(time(o.start()));
            case "endDate" -> form.paragraph(time(o.end()) + " (duration " + o.duration() + ")");
            case "safeguards" -> form.rows("Safeguards", o.safeguards(), "Detection technology", o.technologyReference(),
                    "Data protection impact assessment", time(o.dpiaAt()), "Data-protection authority's opinion", time(o.dpaOpinionAt()));
            case "reportingRequirements" -> form.paragraph("The provider reports on the execution of the order to the "
                    + "Coordinating Authority of establishment (" + o.memberState().name() + ") as Art 9(3) requires, "
                    + "including a mid-term report where the order's duration exceeds the legal profile's threshold.");
            case "statementOfReasons" -> form.rows("Request (Coordinating Authority)", o.reasons(),
                    "Decision (issuing authority)", o.decisionReasons());
            case "redress" -> form.paragraph(AnnexForm.redress("The provider and the users affected", o.memberState(), "Art 9(1)")
                    + (o.appealWindowClosesAt() == null ? "" : " The appeal window closes at " + time(o.appealWindowClosesAt()) + "."));
            case "issuedAt" -> form.rows("Issued at", time(o.decidedAt()), "Transmitted at", time(o.transmittedAt()),
                    "Received at", time(o.receivedAt()));
            case "signature" -> form.paragraph(AnnexForm.signature(o.decidedBy(), o.issuingAuthority()));
            default -> form.paragraph("Not recorded on the platform.");
        }
    }

    private static String type(DetectionOrderView o) {
        return switch (o.type()) {
            case KNOWN_MATERIAL -> "Known child sexual abuse material (Art 10(1))";
            case NEW_MATERIAL -> "New child sexual abuse material (Art 10(1))";
            case GROOMING -> "Solicitation of children (Art 10(1))";
        };
    }

    private static void sets(AnnexForm form, List<IndicatorSetId> sets) {
        form.paragraph(sets.size() + (sets.size() == 1 ? " indicator set" : " indicator sets")
                + " of the EU Centre's databases (Art 44), by id:");
        PdfPTable t = AnnexForm.list(new float[] {0.4f, 7.4f}, "Indicator set");
        int n = 1;
        for (IndicatorSetId set : sets) {
            cell(t, String.valueOf(n++), AnnexForm.TEXT);
            cell(t, set.toString(), AnnexForm.MONO);
        }
        form.add(t);
    }
}
