package eu.csar.indicators.api;

import java.io.Serializable;
import java.util.List;

/** What became of the hashes a survivor sent: the submission and every line with its outcome. */
public record VictimSubmission(SubmissionId id, int accepted, int linked, int refused, List<SubmittedHash> lines)
        implements Serializable {
}
