package eu.csar.orders.application;

import com.lowagie.text.pdf.PdfPTable;
import eu.csar.orders.api.UrlListOrderType;

import java.time.Instant;
import java.util.List;

import static eu.csar.orders.application.AnnexForm.cell;
import static eu.csar.orders.application.AnnexForm.time;

/**
 * Draws a blocking order as the form of Annex VII of COM(2022) 209 (the blocking order template,
 * Art 17(1)), one numbered section per item of the template of the order's pinned legal profile
 * ({@code annex-vii.blocking-order}); and a delisting order, which has no annex in the Commission's
 * text, as a "Delisting order" form with the same kind of sections ({@link #DELISTING_ITEMS}) citing
 * the article its profile gives for the order type. Then the order's id and verification hash
 * ({@link AnnexForm}). The form's wording is the platform's, pending legal review.
 */
final class UrlListOrderAnnexPdf {

    /** The sections of a delisting order's form: those of Annex VII that a delisting order has. */
    static final List<String> DELISTING_ITEMS = List.of("orderReference", "issuingAuthority", "provider", "urlList",
            "statementOfReasons", "redress", "issuedAt", "signature");

    private UrlListOrderAnnexPdf() {
    }

    /** {@code article}: the template's (blocking) or the profile's order type's (delisting). */
    static byte[] render(UrlListOrderView o, List<String> items, String article, Instant printedAt) {
        boolean blocking = o.type() == UrlListOrderType.BLOCKING;
        String name = blocking ? "Blocking order" : "Delisting order";
        String profile = "legal profile " + o.profile().profileId() + " version " + o.profile().version();
        return AnnexForm.render(name + " " + o.reference() + (blocking ? " (Annex VII)" : ""), name, o.id(), o.verificationHash(),
                blocking ? "ANNEX VII - BLOCKING ORDER" : "DELISTING ORDER",
                blocking ? "Articles 16 and 17 of the Regulation laying down rules to prevent and combat child sexual abuse "
                        + "(COM(2022) 209); template " + article + " of " + profile
                        : article + "; " + profile + " (the Commission's text has no delisting order template)",
                "the order as issued: addressee, URL-list entries, reasons, notice, period and the legal profile", printedAt,
                form -> form.items(items, item -> item(form, o, item)));
    }

    private static void item(AnnexForm form, UrlListOrderView o, String item) {
        switch (item) {
            case "orderReference" -> form.rows("Reference", o.reference(), "State", o.state().name());
            case "issuingAuthority" -> form.rows("Issuing authority", o.issuingAuthority(), "Member State",
                    o.issuingMemberState().name(), "Issued by", o.issuedBy());
            case "provider" -> form.addressee(o.providerName(), o.provider(), o.addressedTo(), o.contactEmail());
            case "urlList" -> entries(form, o.entries());
            case "startDate" -> form.rows("Issued and transmitted at", time(o.transmittedAt()), "Received at", time(o.receivedAt()));
            case "endDate" -> form.paragraph(time(o.endsAt()) + " (period of application " + o.periodOfApplication() + ")");
            case "safeguards" -> form.paragraph("The users see the notice below; the provider, or a user through the issuing "
                    + "authority, may ask for a blocked URL to be reassessed as mistaken (Art 18); the issuing authority "
                    + "reassesses the order periodically, next by " + time(o.reassessmentDueAt()) + ".");
            case "userNotice" -> form.paragraph(o.userNotice());
            case "statementOfReasons" -> form.paragraph(o.reasons());
            case "redress" -> form.paragraph(AnnexForm.redress("The provider and the users affected", o.issuingMemberState(),
                    o.type() == UrlListOrderType.BLOCKING ? "Art 18(1)" : "under the law of that Member State"));
            case "issuedAt" -> form.paragraph(time(o.issuedAt()));
            case "signature" -> form.paragraph(AnnexForm.signature(o.issuedBy(), o.issuingAuthority()));
            default -> form.paragraph("Not recorded on the platform.");
        }
    }

    private static void entries(AnnexForm form, List<UrlListOrderView.Entry> entries) {
        long lifted = entries.stream().filter(e -> e.liftedAt() != null).count();
        form.paragraph(entries.size() + (entries.size() == 1 ? " URL" : " URLs") + " of the EU Centre's URL list"
                + (lifted == 0 ? "" : ", " + lifted + " of them since lifted after a reassessment") + ":");
        PdfPTable t = AnnexForm.list(new float[] {0.4f, 3.1f, 4.3f}, "Entry id", "URL");
        int n = 1;
        for (UrlListOrderView.Entry e : entries) {
            cell(t, String.valueOf(n++), AnnexForm.TEXT);
            cell(t, e.indicatorId().toString(), AnnexForm.MONO);
            cell(t, e.url() + (e.liftedAt() == null ? "" : " (lifted " + time(e.liftedAt()) + ")"), AnnexForm.MONO);
        }
        form.add(t);
    }
}
