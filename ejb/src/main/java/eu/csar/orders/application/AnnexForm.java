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
import eu.csar.orders.api.Addressee;
import eu.csar.shared.domain.MemberState;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * What every annex form PDF of an order has in common (issue 10 §6): an A4 page in the platform's
 * fonts, a title with the provision it rests on, sections of label/value rows or numbered lists, UTC
 * times, and at the end the order's id and its verification hash ({@link OrderDigest}), so that a
 * printed copy can be checked against the platform. The forms ({@link AnnexIvPdf}, {@link AnnexIPdf},
 * {@link UrlListOrderAnnexPdf}) say only what goes in which section. English only, like the partner API.
 */
final class AnnexForm {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
    private static final Font SECTION = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);
    static final Font MONO = FontFactory.getFont(FontFactory.COURIER, 8);

    private final Document doc;

    private AnnexForm(Document doc) {
        this.doc = doc;
    }

    /**
     * Draws one form: the document's title and subject (the order's id and hash, for file managers),
     * the heading and its legal basis, {@code body}, and the verification section.
     */
    static byte[] render(String documentTitle, String kind, Object id, String hash, String heading, String basis,
                         String hashCovers, Instant printedAt, Consumer<AnnexForm> body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(documentTitle);
            doc.addSubject(kind + " " + id + ", verification hash " + hash);
            doc.addCreator("CSAR platform");
            doc.open();
            doc.add(new Paragraph(heading, TITLE));
            doc.add(new Paragraph(basis, TEXT));
            AnnexForm form = new AnnexForm(doc);
            body.accept(form);
            form.verification(id, hash, hashCovers, printedAt);
        } catch (DocumentException ex) {
            throw new IllegalStateException("could not draw the annex of " + kind + " " + id, ex);
        } finally {
            doc.close();
        }
        return out.toByteArray();
    }

    void section(String title) {
        Paragraph p = new Paragraph(title, SECTION);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    void paragraph(String text) {
        doc.add(new Paragraph(text == null || text.isEmpty() ? "-" : text, TEXT));
    }

    /** A table of label/value pairs. */
    void rows(String... labelsAndValues) {
        PdfPTable t = table();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            row(t, labelsAndValues[i], labelsAndValues[i + 1]);
        }
        doc.add(t);
    }

    void add(Element element) {
        doc.add(element);
    }

    /** A two-column table of labels and values; add it with {@link #add} once filled. */
    static PdfPTable table() {
        PdfPTable t = new PdfPTable(new float[] {2f, 5f});
        t.setWidthPercentage(100);
        return t;
    }

    /** A list table headed "No." and {@code headers}, the first column numbered by the caller's rows. */
    static PdfPTable list(float[] widths, String... headers) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        header(t, "No.");
        for (String h : headers) {
            header(t, h);
        }
        return t;
    }

    static void header(PdfPTable t, String text) {
        t.addCell(new PdfPCell(new Phrase(text, LABEL)));
    }

    static void row(PdfPTable t, String label, String value) {
        t.addCell(new PdfPCell(new Phrase(label, LABEL)));
        cell(t, value == null || value.isEmpty() ? "-" : value, TEXT);
    }

    static void cell(PdfPTable t, String value, Font font) {
        t.addCell(new PdfPCell(new Phrase(new Chunk(value, font))));
    }

    /** The addressee of an order: the provider, its id, whom the order goes to and where. */
    void addressee(String providerName, Object providerId, Addressee to, String email) {
        rows("Provider", providerName, "Provider id", providerId.toString(), "Addressed to",
                to == Addressee.LEGAL_REPRESENTATIVE ? "Legal representative (Art 24)" : "Point of contact (Art 23)",
                "Contact e-mail", email);
    }

    /** A template item's name as a heading: {@code statementOfReasons} is "Statement of reasons". */
    static String title(String item) {
        String words = item.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).replace("url", "URL");
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Numbered sections, one per item of the profile's template, each drawn by {@code item}. */
    void items(List<String> items, Consumer<String> item) {
        int n = 1;
        for (String i : items) {
            section(n++ + ". " + title(i));
            item.accept(i);
        }
    }

    /** Who may contest the order, before the courts of the issuing Member State, under {@code article}. */
    static String redress(String who, MemberState memberState, String article) {
        return who + " may contest this order before the courts of " + memberState.name() + " (" + article + ").";
    }

    /** The signature item: who issued the order on the platform, for which authority. */
    static String signature(String by, String authority) {
        return "Issued on the platform by " + by + " for " + authority + "; the verification hash below ties this form "
                + "to the order as the platform holds it.";
    }

    static String time(Instant at) {
        return at == null ? "-" : UTC.format(at);
    }

    static String duration(Duration d) {
        return d == null ? "-" : d.toHours() + " h " + d.toMinutesPart() + " min";
    }

    private void verification(Object id, String hash, String hashCovers, Instant printedAt) {
        section("Verification");
        PdfPTable v = table();
        row(v, "Order id", id.toString());
        header(v, "Verification hash (SHA-256)");
        cell(v, hash, MONO);
        row(v, "Printed at", time(printedAt));
        doc.add(v);
        doc.add(new Paragraph("The hash is the SHA-256 of the order's canonical issue data (" + hashCovers + "). "
                + "Compare it with the verificationHash the platform returns for this order id.", TEXT));
    }
}
