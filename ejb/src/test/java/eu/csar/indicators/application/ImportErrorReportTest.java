package eu.csar.indicators.application;

import eu.csar.indicators.application.IndicatorImports.RefusedLine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ImportErrorReportTest {

    @Test
    void refusedLinesBecomeCsvRowsWithQuotingAndNeutralisedFormulas() {
        String csv = ImportErrorReport.csv(List.of(
                new RefusedLine(7, "PDQ quality 30 is below 50", "abc,30,/a \"b\".jpg"),
                new RefusedLine(9, "malformed: not a JSON object", "=HYPERLINK(\"x\")"),
                new RefusedLine(12, "malformed", null),
                new RefusedLine(13, "r", "plain")));
        assertEquals("line,reason,text\r\n"
                + "7,PDQ quality 30 is below 50,\"abc,30,/a \"\"b\"\".jpg\"\r\n"
                + "9,malformed: not a JSON object,\"'=HYPERLINK(\"\"x\"\")\"\r\n"
                + "12,malformed,\r\n"
                + "13,r,plain\r\n", csv);
    }

    @Test
    void anEmptyReportHasItsHeaderOnly() {
        assertEquals("line,reason,text\r\n", ImportErrorReport.csv(List.of()));
    }

    @Test
    void everyFormulaCharacterAndLineBreakIsHandled() {
        assertEquals("'+1", ImportErrorReport.cell("+1"));
        assertEquals("'-1", ImportErrorReport.cell("-1"));
        assertEquals("'@x", ImportErrorReport.cell("@x"));
        assertEquals("'\tx", ImportErrorReport.cell("\tx"));
        assertEquals("\"a\nb\"", ImportErrorReport.cell("a\nb"));
        assertEquals("\"a\rb\"", ImportErrorReport.cell("a\rb"));
        assertEquals("", ImportErrorReport.cell(""));
        assertEquals("", ImportErrorReport.cell(null));
    }
}
