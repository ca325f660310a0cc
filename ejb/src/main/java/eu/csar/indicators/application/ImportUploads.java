package eu.csar.indicators.application;

import eu.csar.indicators.api.SubmissionId;
import eu.csar.indicators.domain.ImportLineParser;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The writes of an import's start, each committed on its own before the job starts (the job, on
 * another thread, must see them): the submission (IMPORTING), the import's row and the uploaded file
 * in blocks; then the job's id. Internal to {@link IndicatorImports}, which checks roles and input.
 */
@Stateless
@PermitAll
public class ImportUploads {

    /** The submission's fields as {@link IndicatorImports} checked them. */
    public record NewImport(UUID submission, UUID set, String memberState, String source, String authority,
                            String decisionReference, java.time.LocalDate decisionDate, String submittedBy, Instant at,
                            ImportLineParser.Format format, boolean keepLabels, String fileName) {
    }

    static final String PROCESS = "csar-indicator-import";
    static final String PROCESS_VERSION = "1";

    @Resource(lookup = "java:jboss/datasources/CsarDS")
    DataSource dataSource;

    /** Stores the submission and the file; returns the number of lines. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int store(NewImport i, BufferedReader file) {
        try {
            return write(i, file);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new eu.csar.shared.domain.RuleViolationException(eu.csar.shared.domain.RuleViolationException.Code.INVALID,
                    "body", "the file is not valid UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a runtime exception: the transaction rolls back
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the import", e);
        }
    }

    private int write(NewImport i, BufferedReader file) throws IOException, SQLException {
        try (Connection c = dataSource.getConnection()) {
            ImportSql.update(c, "INSERT INTO indicator_submissions (id, version, set_id, member_state, source, authority, "
                    + "decision_reference, decision_date, process, process_version, submitted_by, submitted_at, state) "
                    + "VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'IMPORTING')", i.submission(), i.set(), i.memberState(), i.source(),
                    i.authority(), i.decisionReference(), i.decisionDate(), PROCESS, PROCESS_VERSION, i.submittedBy(),
                    Timestamp.from(i.at()));
            int lines;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO indicator_import_blocks "
                    + "(submission_id, block_no, first_line, line_count, content) VALUES (?, ?, ?, ?, ?)")) {
                lines = ImportBlocks.split(file, ImportBlocks.LINES_PER_BLOCK, block -> {
                    try {
                        ps.setObject(1, i.submission());
                        ps.setInt(2, block.number());
                        ps.setInt(3, block.firstLine());
                        ps.setInt(4, block.lines().size());
                        ps.setString(5, block.content());
                        ps.executeUpdate();
                    } catch (SQLException e) {
                        throw new UncheckedIOException(new IOException("cannot store block " + block.number(), e));
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            ImportSql.update(c, "INSERT INTO indicator_imports (submission_id, format, keep_labels, total_lines, file_name) "
                    + "VALUES (?, ?, ?, ?, ?)", i.submission(), i.format().name(), i.keepLabels(), lines, i.fileName());
            return lines;
        }
    }

    /**
     * Starts the import job outside any transaction (the caller's would hold the job's repository rows
     * until it commits); returns the job instance id ("job N") and the first execution's id.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long[] startJob(SubmissionId submission, int chunk, int totalLines) {
        java.util.Properties parameters = new java.util.Properties();
        parameters.setProperty("submission", submission.toString());
        parameters.setProperty("chunk", Integer.toString(chunk));
        parameters.setProperty("csar.expectedItems", Integer.toString(totalLines));
        // the job XML is this module's: WildFly's job operator resolves it through the context class loader
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ImportUploads.class.getClassLoader());
        try {
            jakarta.batch.operations.JobOperator operator = jakarta.batch.runtime.BatchRuntime.getJobOperator();
            long execution = operator.start(IndicatorImports.JOB, parameters);
            return new long[] {operator.getJobInstance(execution).getInstanceId(), execution};
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Records the job instance that imports the submission. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void jobStarted(SubmissionId submission, long jobInstanceId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            ImportSql.update(c, "UPDATE indicator_submissions SET import_job_id = ? WHERE id = ?", jobInstanceId, submission.value());
        }
    }
}
