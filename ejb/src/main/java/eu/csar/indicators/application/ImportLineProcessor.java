package eu.csar.indicators.application;

import eu.csar.indicators.application.ImportFileReader.RawLine;
import eu.csar.indicators.application.ImportSql.StagedLine;
import eu.csar.indicators.domain.ImportLineParser;
import eu.csar.indicators.domain.ImportLineParser.Outcome;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Parses each line into what the staging table holds: the indicator, or the reason it is refused
 * (with the raw line). Blank lines are skipped. The format, whether labels are kept, and the kinds
 * the target set holds are read once per execution from the import's row.
 */
@Named
@Dependent
public class ImportLineProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    String submission;

    @Inject
    ImportFaults faults;

    @Resource(lookup = "java:jboss/datasources/CsarDS")
    DataSource dataSource;

    private ImportLineParser parser;

    @Override
    public Object processItem(Object item) throws SQLException {
        RawLine line = (RawLine) item;
        if (faults.failsAt(line.lineNo())) {
            throw new IllegalStateException("failure injected at line " + line.lineNo() + " (test hook)");
        }
        return stagedLine(parser(), line);
    }

    /** The staged form of a line, or null for a blank one. */
    static StagedLine stagedLine(ImportLineParser parser, RawLine line) {
        Outcome outcome = parser.parse(line.text());
        if (outcome == null) {
            return null;
        }
        if (outcome.accepted()) {
            var e = outcome.entry();
            return new StagedLine(line.lineNo(), e.kind().name(), e.value(), e.quality(), e.label(), null);
        }
        return new StagedLine(line.lineNo(), null, line.text(), null, null, outcome.refusal());
    }

    private ImportLineParser parser() throws SQLException {
        if (parser == null) {
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                    "SELECT i.format, i.keep_labels, s.kinds FROM indicator_imports i JOIN indicator_submissions sub "
                            + "ON sub.id = i.submission_id JOIN indicator_sets s ON s.id = sub.set_id WHERE i.submission_id = ?")) {
                ps.setObject(1, UUID.fromString(submission));
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no import " + submission);
                    }
                    parser = new ImportLineParser(ImportLineParser.Format.valueOf(rs.getString(1)), rs.getBoolean(2),
                            ImportLineParser.kinds(rs.getString(3)));
                }
            }
        }
        return parser;
    }
}
