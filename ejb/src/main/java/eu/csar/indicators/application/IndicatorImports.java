package eu.csar.indicators.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.indicators.api.ProvenanceSource;
import eu.csar.indicators.api.SubmissionId;
import eu.csar.indicators.domain.ImportAction;
import eu.csar.indicators.domain.ImportLineParser;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.BufferedReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Bulk import of indicators (issue 9, section 1) for centre admins: uploads a file of the hasher's
 * CSV or of JSON lines into PostgreSQL and starts the import job ({@value #JOB}), which stages the
 * lines chunk by chunk and then publishes them at once as a submission waiting for four-eyes
 * verification; shows an import's progress and its refused lines as a CSV report. Every start, read
 * and refusal is audited.
 */
@Stateless
public class IndicatorImports {

    public static final String JOB = "csar-indicator-import";
    static final String PURPOSE = "indicator import";
    /** Lines per chunk (one checkpoint, one audit entry); system property {@code csar.indicators.import.chunk}. */
    static final int DEFAULT_CHUNK = 2000;

    /** What a centre admin asks for. For AUTHORITY_DECISION the authority, reference, date and Member State are required. */
    public record ImportRequest(String set, ProvenanceSource source, ImportLineParser.Format format, boolean keepLabels,
                                String fileName, MemberState memberState, String authority, String decisionReference,
                                LocalDate decisionDate) {
    }

    /** One refused line of the error report. */
    public record RefusedLine(int lineNo, String reason, String text) {
    }

    @Resource(lookup = "java:jboss/datasources/CsarDS")
    DataSource dataSource;

    @EJB
    ImportUploads uploads;

    @Inject
    AuditRecorder audit;

    @Inject
    Clock clock;

    /** Stores the file, starts the job; returns the import (state IMPORTING). */
    @RolesAllowed(Roles.CENTRE_ADMIN)
    public ImportView start(ImportRequest request, BufferedReader file) {
        UUID set = setId(request.set()).orElse(null);
        if (set == null) {
            audit.refusal(ImportAction.INDICATOR_IMPORT_STARTED, request.set(), PURPOSE, AuditOutcome.NOT_FOUND);
            throw new UnknownObjectException("IndicatorSet", request.set());
        }
        String fault = fault(request);
        if (fault != null) {
            audit.refusal(ImportAction.INDICATOR_IMPORT_STARTED, request.set(), PURPOSE, AuditOutcome.REFUSED);
            throw RuleViolationException.invalid(fault.substring(0, fault.indexOf(':')),
                    fault.substring(fault.indexOf(':') + 2));
        }
        UUID submission = UUID.randomUUID();
        Instant now = clock.instant();
        boolean decision = request.source() == ProvenanceSource.AUTHORITY_DECISION;
        int lines = uploads.store(new ImportUploads.NewImport(submission, set,
                    request.memberState() == null ? null : request.memberState().name(), request.source().name(),
                    decision ? request.authority().strip() : null, decision ? request.decisionReference().strip() : null,
                    decision ? request.decisionDate() : null, audit.actorName(), now, request.format(), request.keepLabels(),
                    request.fileName()), file);
        long[] job = uploads.startJob(new SubmissionId(submission), Integer.getInteger("csar.indicators.import.chunk", DEFAULT_CHUNK), lines);
        try {
            uploads.jobStarted(new SubmissionId(submission), job[0]);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the job of import " + submission, e);
        }
        audit.success(ImportAction.INDICATOR_IMPORT_STARTED, submission, PURPOSE + ": job " + job[0] + ", " + lines + " lines");
        return find(submission).orElseThrow();
    }

    /** Why the request cannot be accepted, as "field: message", or null. */
    static String fault(ImportRequest r) {
        if (r.source() == null || r.format() == null) {
            return r.source() == null ? "source: the source is required" : "format: the format is required";
        }
        if (r.source() != ProvenanceSource.THIRD_PARTY_LIST && r.source() != ProvenanceSource.AUTHORITY_DECISION) {
            return "source: an import is a third-party list or an authority's decision";
        }
        if (r.source() == ProvenanceSource.AUTHORITY_DECISION) {
            if (blank(r.authority()) || blank(r.decisionReference()) || r.decisionDate() == null || r.memberState() == null) {
                return "decision: an authority's decision needs the authority, its reference, its date and the Member State";
            }
            if (r.authority().length() > 200 || r.decisionReference().length() > 200) {
                return "decision: the authority and the reference have at most 200 characters";
            }
        }
        if (r.fileName() != null && r.fileName().length() > 255) {
            return "fileName: at most 255 characters";
        }
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** One import, audited. */
    @RolesAllowed(Roles.CENTRE_ADMIN)
    public ImportView view(SubmissionId id) {
        UUID submission = id.value();
        Optional<ImportView> view = find(submission);
        if (view.isEmpty()) {
            audit.refusal(ImportAction.INDICATOR_IMPORT_READ, submission, PURPOSE, AuditOutcome.NOT_FOUND);
            throw new UnknownObjectException("IndicatorImport", submission);
        }
        audit.success(ImportAction.INDICATOR_IMPORT_READ, submission, PURPOSE + ": progress");
        return view.get();
    }

    /** The 50 most recent imports, newest first (the page polls this; one audit entry per look). */
    @RolesAllowed(Roles.CENTRE_ADMIN)
    public List<ImportView> recent() {
        List<ImportView> views = query("ORDER BY s.submitted_at DESC LIMIT 50");
        audit.success(ImportAction.INDICATOR_IMPORT_READ, null, PURPOSE + ": list of " + views.size() + " imports");
        return views;
    }

    /** The refused lines of an import in line order (final once published; during the job, those staged so far). */
    @RolesAllowed(Roles.CENTRE_ADMIN)
    public List<RefusedLine> refusedLines(SubmissionId id) {
        UUID submission = id.value();
        if (find(submission).isEmpty()) {
            audit.refusal(ImportAction.INDICATOR_IMPORT_READ, submission, PURPOSE, AuditOutcome.NOT_FOUND);
            throw new UnknownObjectException("IndicatorImport", submission);
        }
        List<RefusedLine> lines = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT line_no, reason, value FROM indicator_submission_lines WHERE submission_id = ? AND outcome = 'REFUSED' "
                        + "UNION ALL SELECT line_no, reason, value FROM indicator_import_staging WHERE submission_id = ? "
                        + "AND reason IS NOT NULL ORDER BY 1")) {
            ps.setObject(1, submission);
            ps.setObject(2, submission);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(new RefusedLine(rs.getInt(1), rs.getString(2), rs.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        audit.success(ImportAction.INDICATOR_IMPORT_READ, submission, PURPOSE + ": error report, " + lines.size() + " lines");
        return lines;
    }

    private Optional<UUID> setId(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM indicator_sets WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    Optional<ImportView> find(UUID submission) {
        List<ImportView> views = query("AND s.id = '" + submission + "'");
        return views.stream().findFirst();
    }

    private List<ImportView> query(String tail) {
        String sql = "SELECT s.id, st.code, s.source, s.state, s.import_job_id, "
                + "(SELECT max(e.jobexecutionid) FROM job_execution e WHERE e.jobinstanceid = s.import_job_id), "
                + "(SELECT e.batchstatus FROM job_execution e WHERE e.jobinstanceid = s.import_job_id ORDER BY e.jobexecutionid DESC LIMIT 1), "
                + "i.format, i.file_name, i.total_lines, "
                + "(SELECT count(*) FROM indicator_import_staging g WHERE g.submission_id = s.id), "
                + "s.line_count, s.refused_count, s.linked_count, s.submitted_by, s.submitted_at, i.finished_at "
                + "FROM indicator_submissions s JOIN indicator_imports i ON i.submission_id = s.id "
                + "JOIN indicator_sets st ON st.id = s.set_id WHERE TRUE " + tail.replaceFirst("^ORDER", " ORDER");
        List<ImportView> views = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long job = rs.getLong(5);
                Long jobId = rs.wasNull() ? null : job;
                long exec = rs.getLong(6);
                Long execution = rs.wasNull() ? null : exec;
                Timestamp finished = rs.getTimestamp(17);
                views.add(new ImportView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), jobId,
                        execution, rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10),
                        finished != null ? rs.getInt(10) : rs.getLong(11), rs.getInt(12), rs.getInt(13), rs.getInt(14),
                        rs.getString(15), rs.getTimestamp(16).toInstant(), finished == null ? null : finished.toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return views;
    }
}
