package eu.csar.orders.application;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Draws a removal order as the form of Annex IV of COM(2022) 209 (the removal order template):
 * section A the issuing authority, B the addressee, C the items, D the statement of reasons, E the
 * deadlines as the order's clocks set them, F redress, and the order's id and verification hash at
 * the end, so a printed copy can be checked against the platform. Times are UTC. English only, like
 * the partner API; the form's wording is the platform's, pending legal review.
 */
final class AnnexIvPdf {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
    private static final Font SECTION = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font MONO = FontFactory.getFont(FontFactory.COURIER, 8);

    private AnnexIvPdf() {
    }

    static byte[] render(RemovalOrderView o, Instant printedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle("Removal order " + o.reference() + " (Annex IV)");
            doc.addSubject("Removal order " + o.id() + ", verification hash " + o.verificationHash());
            doc.addCreator("CSAR platform");
            doc.open();
            doc.add(new Paragraph("ANNEX IV - REMOVAL ORDER", TITLE));
            doc.add(new Paragraph("Article 14 of the Regulation laying down rules to prevent and combat child sexual abuse "
                    + "(COM(2022) 209), under legal profile " + o.profile().profileId() + " version " + o.profile().version(), TEXT));

            section(doc, "A. Issuing authority");
            PdfPTable a = table();
            row(a, "Member State", o.issuingMemberState().name());
            row(a, "Issuing authority", o.issuingAuthority());
            row(a, "Reference", o.reference());
            row(a, "Issued at", time(o.issuedAt()));
            row(a, "Issued by", o.issuedBy());
            doc.add(a);

            section(doc, "B. Addressee (hosting service provider)");
            PdfPTable b = table();
            row(b, "Provider", o.providerName());
            row(b, "Provider id", o.provider().toString());
            row(b, "Addressed to", o.addressedTo() == eu.csar.orders.api.Addressee.LEGAL_REPRESENTATIVE
                    ? "Legal representative (Art 24)" : "Point of contact (Art 23)");
            row(b, "Contact e-mail", o.contactEmail());
            doc.add(b);

            section(doc, "C. Specific items to remove or disable access to");
            PdfPTable c = new PdfPTable(new float[] {0.4f, 1.4f, 6f});
            c.setWidthPercentage(100);
            header(c, "No.");
            header(c, "Kind");
            header(c, "URL or content reference");
            int n = 1;
            for (RemovalOrderView.Item item : o.items()) {
                cell(c, String.valueOf(n++), TEXT);
                cell(c, item.kind() == eu.csar.orders.api.RemovalItemKind.URL ? "URL" : "Content reference", TEXT);
                cell(c, item.locator(), MONO);
            }
            doc.add(c);

            section(doc, "D. Statement of reasons");
            doc.add(new Paragraph(o.reasons(), TEXT));

            section(doc, "E. Deadlines (from the legal profile; receipt = the provider's acknowledgement)");
            PdfPTable e = table();
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
            doc.add(e);

            section(doc, "F. Redress");
            doc.add(new Paragraph("The hosting service provider and the user who provided the material may contest this order "
                    + "before the courts of " + o.issuingMemberState().name() + " (Art 15(1)).", TEXT));

            section(doc, "Verification");
            PdfPTable v = table();
            row(v, "Order id", o.id().toString());
            PdfPCell label = new PdfPCell(new Phrase("Verification hash (SHA-256)", LABEL));
            v.addCell(label);
            v.addCell(new PdfPCell(new Phrase(o.verificationHash(), MONO)));
            row(v, "Printed at", time(printedAt));
            doc.add(v);
            Paragraph how = new Paragraph("The hash is the SHA-256 of the order's canonical issue data (A-D and the legal profile). "
                    + "Compare it with the verificationHash the platform returns for this order id.", TEXT);
            how.setAlignment(Element.ALIGN_LEFT);
            doc.add(how);
        } catch (DocumentException ex) {
            throw new IllegalStateException("could not draw the annex of removal order " + o.id(), ex);
        } finally {
            doc.close();
        }
        return out.toByteArray();
    }

    private static void section(Document doc, String title) {
        Paragraph p = new Paragraph(title, SECTION);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    private static PdfPTable table() {
        PdfPTable t = new PdfPTable(new float[] {2f, 5f});
        t.setWidthPercentage(100);
        return t;
    }

    private static void header(PdfPTable t, String text) {
        t.addCell(new PdfPCell(new Phrase(text, LABEL)));
    }

    private static void row(PdfPTable t, String label, String value) {
        t.addCell(new PdfPCell(new Phrase(label, LABEL)));
        cell(t, value == null || value.isEmpty() ? "-" : value, TEXT);
    }

    private static void cell(PdfPTable t, String value, Font font) {
        t.addCell(new PdfPCell(new Phrase(new Chunk(value, font))));
    }

    private static String time(Instant at) {
        return at == null ? "-" : UTC.format(at);
    }

    private static String duration(Duration d) {
        return d == null ? "-" : d.toHours() + " h " + d.toMinutesPart() + " min";
    }
}
