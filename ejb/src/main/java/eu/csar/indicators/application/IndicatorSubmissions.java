package eu.csar.indicators.application;

import eu.csar.indicators.api.SubmissionId;
import eu.csar.security.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Set;

/**
 * Submissions of indicators by Coordinating Authorities (Art 36) and their four-eyes verification
 * by the EU Centre: a centre reviewer other than the submitter verifies a submission, line by line
 * where needed; verified new indicators become ACTIVE right away.
 */
@Stateless
public class IndicatorSubmissions {

    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public SubmissionReceipt submit(@NotNull @Valid NewSubmission submission) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The submissions waiting for verification, oldest first. */
    @RolesAllowed(Roles.CENTRE_REVIEWER)
    public List<SubmissionSummary> queue() {
        throw new UnsupportedOperationException("not yet");
    }

    /** One submission: centre staff, or the Coordinating Authority of its Member State; else unknown. */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY})
    public SubmissionView submission(@NotNull SubmissionId id) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Verifies every accepted or linked line except {@code rejectedLines}; never by the submitter. */
    @RolesAllowed(Roles.CENTRE_REVIEWER)
    public SubmissionView verify(@NotNull SubmissionId id, @NotNull Set<Integer> rejectedLines, @Size(max = 500) String note) {
        throw new UnsupportedOperationException("not yet");
    }
}
