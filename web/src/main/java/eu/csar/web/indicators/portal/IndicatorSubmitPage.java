package eu.csar.web.indicators.portal;

import eu.csar.indicators.application.IndicatorSubmissions;
import eu.csar.indicators.application.NewSubmission;
import eu.csar.indicators.application.SubmissionReceipt;
import eu.csar.security.api.Caller;
import eu.csar.shared.domain.MemberState;
import eu.csar.web.platform.portal.FeedbackBean;
import eu.csar.web.platform.portal.UploadedFile;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * A Coordinating Authority submits indicators ({@code /portal/indicators/submit.xhtml}): the set,
 * the national decision, the process, and the lines pasted or uploaded as a file (the hasher's
 * output or plain KIND,value lines), with the option to keep the path column as a label. After
 * submitting, the page shows the outcome of every line.
 */
@Named
@ViewScoped
public class IndicatorSubmitPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_FILE = 8 * 1024 * 1024;
    static final List<String> SETS = List.of("known-images", "known-videos", "url-list");

    @Inject
    IndicatorSubmissions submissions;

    @Inject
    FeedbackBean feedback;

    @Inject
    Caller caller;

    private String setCode = SETS.get(0);
    private final NationalDecision decision = new NationalDecision();
    private String process = "csar-hash";
    private String processVersion = "1";
    private boolean keepPathAsLabel;
    private String text;
    private transient Part file;
    private SubmissionReceipt receipt;

    @PostConstruct
    void init() {
        if (caller.memberStates().size() == 1) {
            decision.setMemberState(caller.memberStates().iterator().next());
        }
    }

    public void submit() throws IOException {
        receipt = null;
        String lines = text;
        if (UploadedFile.isChosen(file)) {
            if (file.getSize() > MAX_FILE) {
                feedback.error("ind.core.submit.tooLarge");
                return;
            }
            lines = UploadedFile.text(file);
        }
        if (lines == null || lines.isBlank()) {
            feedback.error("ind.core.submit.empty");
            return;
        }
        try {
            receipt = submissions.submit(new NewSubmission(setCode, decision.getMemberState(), decision.getAuthority(),
                    decision.getReference(), decision.getDate(),
                    process, processVersion, keepPathAsLabel, lines));
            text = null;
            feedback.info("ind.core.submit.done", receipt.lineCount(), receipt.acceptedCount(), receipt.linkedCount(),
                    receipt.refusedCount());
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    public List<String> getSets() {
        return SETS;
    }

    public List<MemberState> getMemberStates() {
        return caller.memberStates().stream().sorted().toList();
    }

    public boolean isChoosingMemberState() {
        return caller.memberStates().size() > 1;
    }

    public String getSetCode() {
        return setCode;
    }

    public void setSetCode(String setCode) {
        this.setCode = setCode;
    }









    public NationalDecision getDecision() {
        return decision;
    }

    public String getProcess() {
        return process;
    }

    public void setProcess(String process) {
        this.process = process;
    }

    public String getProcessVersion() {
        return processVersion;
    }

    public void setProcessVersion(String processVersion) {
        this.processVersion = processVersion;
    }

    public boolean isKeepPathAsLabel() {
        return keepPathAsLabel;
    }

    public void setKeepPathAsLabel(boolean keepPathAsLabel) {
        this.keepPathAsLabel = keepPathAsLabel;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public SubmissionReceipt getReceipt() {
        return receipt;
    }
}
