package eu.csar.indicators.application;

import eu.csar.audit.application.AuditRecorder;
import eu.csar.indicators.application.ImportSql.StagedLine;
import eu.csar.indicators.domain.ImportAction;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Writes a chunk of parsed lines into the staging table in the chunk's transaction (so they commit
 * with JBeret's checkpoint, or not at all) and records one audit entry for the chunk.
 */
@Named
@Dependent
public class ImportStagingWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String submission;

    @Inject
    JobContext jobContext;

    @Inject
    AuditRecorder audit;

    @Resource(lookup = "java:jboss/datasources/CsarDS")
    DataSource dataSource;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        List<StagedLine> lines = new ArrayList<>(items.size());
        for (Object item : items) {
            lines.add((StagedLine) item);
        }
        if (lines.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            ImportSql.stage(c, UUID.fromString(submission), lines);
        }
        audit.success(ImportAction.INDICATOR_IMPORT_CHUNK_STAGED, submission, "bulk import job " + jobContext.getInstanceId()
                + ": lines " + lines.get(0).lineNo() + "-" + lines.get(lines.size() - 1).lineNo() + " staged");
    }
}
