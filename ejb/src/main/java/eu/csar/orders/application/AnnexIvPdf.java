package eu.csar.orders.application;

import com.lowagie.text.pdf.PdfPTable;
import eu.csar.orders.api.RemovalItemKind;

import java.time.Instant;

import static eu.csar.orders.application.AnnexForm.cell;
import static eu.csar.orders.application.AnnexForm.duration;
import static eu.csar.orders.application.AnnexForm.row;
import static eu.csar.orders.application.AnnexForm.time;

/**
 * Draws a removal order as the form of Annex IV of COM(2022) 209 (the removal order template):
 * section A the issuing authority, B the addressee, C the items, D the statement of reasons, E the
 * deadlines as the order's clocks set them, F redress, and the order's id and verification hash at
 * the end ({@link AnnexForm}), so a printed copy can be checked against the platform. Times are UTC.
 * The form's wording is the platform's, pending legal review.
 */
final class AnnexIvPdf {

    private AnnexIvPdf() {
    }

    static byte[] render(RemovalOrderView o, Instant printedAt) {
        return AnnexForm.render("Removal order " + o.reference() + " (Annex IV)", "Removal order", o.id(), o.verificationHash(),
                "ANNEX IV - REMOVAL ORDER", "Article 14 of the Regulation laying down rules to prevent and combat child "
                        + "sexual abuse (COM(2022) 209), under legal profile " + o.profile().profileId() + " version "
                        + o.profile().version(), "A-D and the legal profile", printedAt, form -> body(form, o));
    }

    private static void body(AnnexForm form, RemovalOrderView o) {
        form.section("A. Issuing authority");
        PdfPTable a = AnnexForm.table();
        row(a, "Member State", o.issuingMemberState().name());
        row(a, "Issuing authority", o.issuingAuthority());
        row(a, "Reference", o.reference());
        row(a, "Issued at", time(o.issuedAt()));
        row(a, "Issued by", o.issuedBy());
        form.add(a);

        form.section("B. Addressee (hosting service provider)");
        form.addressee(o.providerName(), o.provider(), o.addressedTo(), o.contactEmail());

        form.section("C. Specific items to remove or disable access to");
        PdfPTable c = AnnexForm.list(new float[] {0.4f, 1.4f, 6f}, "Kind", "URL or content reference");
        int n = 1;
        for (RemovalOrderView.Item item : o.items()) {
            cell(c, String.valueOf(n++), AnnexForm.TEXT);
            cell(c, item.kind() == RemovalItemKind.URL ? "URL" : "Content reference", AnnexForm.TEXT);
            cell(c, item.locator(), AnnexForm.MONO);
        }
        form.add(c);

        form.section("D. Statement of reasons");
        form.paragraph(o.reasons());

        form.section("E. Deadlines (from the legal profile; receipt = the provider's acknowledgement)");
        PdfPTable e = AnnexForm.table();
        row(e, "Transmitted at", time(o.transmittedAt()));
        row(e, "Acknowledgement due", time(o.acknowledgementDueAt()));
        row(e, "Received (acknowledged) at", time(o.receivedAt()));
        if (o.pausedAt() != null && o.executionDueAt() == null) {
            row(e, "Execution", "paused since " + time(o.pausedAt()) + " (Annex V: " + o.pauseReason() + "), "
                    + duration(o.remainingAtPause()) + " left when paused");
        } else {
            row(e, "Execution due", time(o.executionDueAt()));
        }
        row(e, "Executed at", time(o.executedAt()));
        row(e, "Non-disclosure to the uploader until", o.nonDisclosureUntil() == null ? "not ordered" : time(o.nonDisclosureUntil()));
        row(e, "State", o.state().name());
        form.add(e);

        form.section("F. Redress");
        form.paragraph(AnnexForm.redress("The hosting service provider and the user who provided the material",
                o.issuingMemberState(), "Art 15(1)"));
    }
}
