package eu.csar.web.indicators.portal;

import eu.csar.indicators.api.ProvenanceSource;
import eu.csar.indicators.api.SubmissionId;
import eu.csar.indicators.application.ImportErrorReport;
import eu.csar.indicators.application.ImportView;
import eu.csar.indicators.application.IndicatorImports;
import eu.csar.indicators.domain.ImportLineParser;
import eu.csar.web.platform.portal.FeedbackBean;
import eu.csar.web.platform.portal.UploadedFile;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Bulk imports of indicators ({@code /portal/indicators/imports.xhtml}, centre admins): upload a file
 * (the hasher's CSV or JSON lines) into a set with its source, then follow the jobs' progress bars
 * (the page polls while a job runs) and download each import's error report.
 */
@Named
@ViewScoped
public class IndicatorImportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IndicatorImports imports;

    @Inject
    FeedbackBean feedback;

    private transient Part file;
    private String set = "known-images";
    private ProvenanceSource source = ProvenanceSource.THIRD_PARTY_LIST;
    private ImportLineParser.Format format = ImportLineParser.Format.CSV;
    private boolean keepLabels;
    private final NationalDecision decision = new NationalDecision();
    private List<ImportView> recent = List.of();

    /** f:viewAction and the poll. */
    public void load() {
        try {
            recent = imports.recent();
        } catch (RuntimeException e) {
            recent = List.of();
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    public void start() throws IOException {
        if (!UploadedFile.isChosen(file)) {
            feedback.error("ind.import.noFile");
            return;
        }
        try (BufferedReader reader = UploadedFile.lines(file)) {
            ImportView started = imports.start(new IndicatorImports.ImportRequest(set, source, format, keepLabels,
                    file.getSubmittedFileName(), decision.getMemberState(), decision.getAuthority(), decision.getReference(),
                    decision.getDate()), reader);
            feedback.info("ind.import.started", started.jobId() == null ? "" : started.jobId().toString(),
                    Integer.toString(started.totalLines()));
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
        load();
    }

    /** Sends the error report of one import as a CSV download. */
    public void downloadErrors(UUID submission) throws IOException {
        String csv = ImportErrorReport.csv(imports.refusedLines(new SubmissionId(submission)));
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"import-" + submission + "-errors.csv\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(csv.getBytes(StandardCharsets.UTF_8));
        }
        faces.responseComplete();
    }

    /** Whether any job still runs: the page polls only then. */
    public boolean isAnyRunning() {
        return recent.stream().anyMatch(ImportView::running);
    }

    public List<ProvenanceSource> getSources() {
        return List.of(ProvenanceSource.THIRD_PARTY_LIST, ProvenanceSource.AUTHORITY_DECISION);
    }

    public List<String> getSets() {
        return List.of("known-images", "known-videos", "url-list");
    }

    public ImportLineParser.Format[] getFormats() {
        return ImportLineParser.Format.values();
    }

    public List<ImportView> getRecent() {
        return recent;
    }

    public NationalDecision getDecision() {
        return decision;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getSet() {
        return set;
    }

    public void setSet(String set) {
        this.set = set;
    }

    public ProvenanceSource getSource() {
        return source;
    }

    public void setSource(ProvenanceSource source) {
        this.source = source;
    }

    public ImportLineParser.Format getFormat() {
        return format;
    }

    public void setFormat(ImportLineParser.Format format) {
        this.format = format;
    }

    public boolean isKeepLabels() {
        return keepLabels;
    }

    public void setKeepLabels(boolean keepLabels) {
        this.keepLabels = keepLabels;
    }








}
