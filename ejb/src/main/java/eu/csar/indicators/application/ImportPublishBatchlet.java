package eu.csar.indicators.application;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;


/** The job's last step: publishes every staged line at once ({@link ImportPublisher}, one transaction). */
@Named
@Dependent
public class ImportPublishBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String submission;

    @Inject
    JobContext jobContext;

    @Inject
    ImportPublisher publisher;

    @Override
    public String process() throws Exception {
        ImportSql.Published published = publisher.publish(eu.csar.indicators.api.SubmissionId.of(submission), jobContext.getInstanceId());
        return published == null ? "ALREADY_PUBLISHED" : "PUBLISHED " + published.lines() + " lines";
    }
}
