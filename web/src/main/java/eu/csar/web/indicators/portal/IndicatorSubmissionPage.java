package eu.csar.web.indicators.portal;

import eu.csar.indicators.api.SubmissionId;
import eu.csar.indicators.application.IndicatorSubmissions;
import eu.csar.indicators.application.LineView;
import eu.csar.indicators.application.SubmissionView;
import eu.csar.indicators.domain.LineOutcome;
import eu.csar.shared.domain.UnknownObjectException;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One submission ({@code /portal/indicators/submission/{id}}): its decision, process and lines with
 * their outcomes; for a centre reviewer other than the submitter, while it waits, the four-eyes
 * verification with a "reject" box per accepted or linked line and a note. Another Member State's
 * or an unknown submission shows "not found", as the service answers.
 */
@Named
@ViewScoped
public class IndicatorSubmissionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IndicatorSubmissions submissions;

    @Inject
    FeedbackBean feedback;

    private String id;
    private SubmissionView submission;
    private final HashMap<Integer, Boolean> rejected = new HashMap<>();
    private String note;

    /** f:viewAction */
    public void load() {
        submission = null;
        Optional<SubmissionId> submissionId = parse(id);
        if (submissionId.isEmpty()) {
            return;
        }
        try {
            submission = submissions.submission(submissionId.get());
        } catch (UnknownObjectException e) {
            // the page says "not found" itself
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    public void verify() {
        Set<Integer> lines = rejected.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        try {
            submission = submissions.verify(submission.id(), lines, note);
            rejected.clear();
            note = null;
            feedback.info("ind.core.verify.done", submission.lineCount() - submission.refusedCount() - lines.size(), lines.size());
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    /** Whether the reviewer can reject this line (an accepted or linked one, while the submission waits). */
    public boolean rejectable(LineView line) {
        return submission != null && submission.verifiableByCaller() && line.outcome() != LineOutcome.REFUSED;
    }

    static Optional<SubmissionId> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SubmissionId(UUID.fromString(value.trim())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isFound() {
        return submission != null;
    }

    public SubmissionView getSubmission() {
        return submission;
    }

    public Map<Integer, Boolean> getRejected() {
        return rejected;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
