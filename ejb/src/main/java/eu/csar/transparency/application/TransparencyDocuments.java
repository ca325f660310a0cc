package eu.csar.transparency.application;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import eu.csar.transparency.api.FigureRow;
import eu.csar.transparency.domain.Suppression;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * The downloads of a transparency report: CSV (RFC 4180, one row per figure) and PDF, both with small
 * counts suppressed exactly as the JSON document and the page show them ("&lt; 10", never the value).
 */
public final class TransparencyDocuments {

    static final List<String> COLUMNS = List.of("figure", "member_state", "provider_id", "category", "detail", "value");

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 8);
    private static final Font HEAD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);

    private TransparencyDocuments() {
    }

    public static String csv(TransparencyView v) {
        StringBuilder out = new StringBuilder();
        out.append("# transparency report ").append(v.kind()).append(' ').append(v.scope()).append(' ').append(v.year())
                .append(", version ").append(v.version()).append(' ').append(v.state()).append(", profile ").append(v.profileId())
                .append(" v").append(v.profileVersion()).append(", counts from 1 to ").append(v.suppression().threshold() - 1)
                .append(" shown as < ").append(v.suppression().threshold()).append("\r\n");
        out.append(String.join(",", COLUMNS)).append("\r\n");
        for (FigureRow f : v.figures()) {
            out.append(String.join(",", f.figure().name(), quoted(f.memberState()), f.providerId() == null ? "" : f.providerId().toString(),
                    quoted(f.category()), quoted(f.detail()), quoted(v.suppression().show(f.value())))).append("\r\n");
        }
        return out.toString();
    }

    static String quoted(String s) {
        return s.matches("[A-Za-z0-9_ .:-]*") && !s.startsWith("-") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }

    public static byte[] pdf(TransparencyView v) {
        Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfWriter.getInstance(doc, out);
            doc.open();
            doc.add(new Paragraph("Transparency report " + v.kind() + " " + v.scope() + " " + v.year(), TITLE));
            doc.add(new Paragraph("Version " + v.version() + " (" + v.state() + "), legal profile " + v.profileId() + " v"
                    + v.profileVersion() + ", due " + v.dueOn() + ". Counts from 1 to " + (v.suppression().threshold() - 1)
                    + " are shown as < " + v.suppression().threshold() + ".", TEXT));
            if (v.correctionNote() != null) {
                doc.add(new Paragraph("What changed: " + v.correctionNote(), TEXT));
            }
            PdfPTable table = new PdfPTable(COLUMNS.size());
            table.setWidthPercentage(100);
            table.setSpacingBefore(8);
            table.setHeaderRows(1);
            COLUMNS.forEach(c -> table.addCell(new PdfPCell(new Phrase(c, HEAD))));
            for (FigureRow f : v.figures()) {
                for (String s : List.of(f.figure().name(), f.memberState(), f.providerId() == null ? "" : f.providerId().toString(),
                        f.category(), f.detail(), v.suppression().show(f.value()))) {
                    table.addCell(new PdfPCell(new Phrase(s, TEXT)));
                }
            }
            doc.add(table);
            for (TransparencyView.RemovalStats r : v.removalTimes()) {
                Suppression s = v.suppression();
                doc.add(new Paragraph("Removal times of provider " + r.providerId() + ": " + s.show(r.removals()) + " removal(s)"
                        + (s.allowsDerivedFrom(r.removals()) ? ", median at most " + r.medianMinutes() + " min, p90 at most "
                        + r.p90Minutes() + " min" : "") + ", over the deadline " + s.show(r.overDeadline()), TEXT));
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF of the transparency report", e);
        } finally {
            doc.close();
        }
        return out.toByteArray();
    }
}
