package eu.csar.indicators.application;

import eu.csar.indicators.api.SubmissionId;
import eu.csar.indicators.domain.SubmissionState;

import java.io.Serializable;
import java.util.List;

/** The answer to a submission: its id and state, the counts, and the outcome of every line. */
public record SubmissionReceipt(SubmissionId id, SubmissionState state, int lineCount, int acceptedCount,
                                int linkedCount, int refusedCount, List<LineView> lines) implements Serializable {
}
