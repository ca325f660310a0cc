package eu.csar.indicators.application;

import eu.csar.indicators.application.IndicatorImports.RefusedLine;

import java.util.List;

/** The error report of an import as CSV, for the REST download and the portal's link alike. */
public final class ImportErrorReport {

    private ImportErrorReport() {
    }

    /** The error report as CSV: {@code line,reason,text}, RFC 4180 quoting, formula characters neutralised. */
    public static String csv(List<RefusedLine> lines) {
        StringBuilder csv = new StringBuilder("line,reason,text\r\n");
        for (RefusedLine l : lines) {
            csv.append(l.lineNo()).append(',').append(cell(l.reason())).append(',').append(cell(l.text())).append("\r\n");
        }
        return csv.toString();
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

}
