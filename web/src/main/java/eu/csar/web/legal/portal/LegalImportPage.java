package eu.csar.web.legal.portal;

import eu.csar.legal.api.ProfileRef;
import eu.csar.legal.api.ProfileRejectedException;
import eu.csar.legal.application.LegalProfiles;
import eu.csar.web.platform.portal.FeedbackBean;
import eu.csar.web.platform.portal.UploadedFile;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * A centre admin imports a new version of a legal profile ({@code /portal/legal/import.xhtml}):
 * a file upload or the file's text pasted. A refused file lists every problem on the page and
 * stores nothing; an imported one applies to cases opened from now on.
 */
@Named
@ViewScoped
public class LegalImportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_FILE = 1024 * 1024;

    @Inject
    LegalProfiles profiles;

    @Inject
    FeedbackBean feedback;

    private String text;
    private transient Part file;
    private List<String> problems = List.of();
    private ProfileRef imported;

    public void importFile() throws IOException {
        problems = List.of();
        imported = null;
        String json = text;
        if (UploadedFile.isChosen(file)) {
            if (file.getSize() > MAX_FILE) {
                problems = List.of(feedback.text("legal.import.tooLarge"));
                return;
            }
            json = UploadedFile.text(file);
        }
        if (json == null || json.isBlank()) {
            problems = List.of(feedback.text("legal.import.empty"));
            return;
        }
        try {
            imported = profiles.importVersion(json);
            text = null;
            feedback.info("legal.import.done", imported.profileId(), imported.version());
        } catch (ProfileRejectedException e) {
            problems = e.problems();
        } catch (EJBException e) {
            if (e.getCause() instanceof ProfileRejectedException rejected) {
                problems = rejected.problems();
            } else if (!feedback.showRefusal(e)) {
                throw e;
            }
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
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

    public List<String> getProblems() {
        return problems;
    }

    public ProfileRef getImported() {
        return imported;
    }
}
