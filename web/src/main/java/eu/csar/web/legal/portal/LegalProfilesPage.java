package eu.csar.web.legal.portal;

import eu.csar.legal.api.ProfileRef;
import eu.csar.legal.api.ProfileVersionSummary;
import eu.csar.legal.application.LegalProfiles;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * The legal profiles ({@code /portal/legal/profiles.xhtml}): every version of every profile, with
 * how many of its values await legal review or are inherited; a choice of two versions to compare
 * (the comparison opens at its permanent link); and, for centre admins, the way to import a version.
 */
@Named
@ViewScoped
public class LegalProfilesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LegalProfiles profiles;

    @Inject
    FeedbackBean feedback;

    private List<ProfileVersionSummary> versions = List.of();
    private String left;
    private String right;

    /** f:viewAction */
    public void load() {
        try {
            versions = profiles.versions();
        } catch (RuntimeException e) {
            versions = List.of();
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
        if (left == null && !versions.isEmpty()) {
            left = choice(versions.get(0).ref());
            right = choice(versions.get(versions.size() - 1).ref());
        }
    }

    /** Opens the comparison of the two chosen versions at its permanent link. */
    public void compare() throws IOException {
        ProfileRef l = ref(left);
        ProfileRef r = ref(right);
        if (l == null || r == null) {
            feedback.error("legal.compare.choose");
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + LegalPermalinkServlet.link(l.profileId(), l.version(), r.profileId(), r.version()));
    }

    /** A version's comparison with the first listed version of another profile, or its predecessor. */
    public String compareLink(ProfileRef a, ProfileRef b) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + LegalPermalinkServlet.link(a.profileId(), a.version(), b.profileId(), b.version());
    }

    public static String choice(ProfileRef ref) {
        return ref.profileId() + "/" + ref.version();
    }

    static ProfileRef ref(String choice) {
        if (choice == null || !choice.matches("[A-Z][A-Z0-9-]{0,63}/[1-9]\\d{0,5}")) {
            return null;
        }
        String[] parts = choice.split("/");
        return new ProfileRef(parts[0], Integer.parseInt(parts[1]));
    }

    public List<ProfileVersionSummary> getVersions() {
        return versions;
    }

    public List<String> getChoices() {
        return versions.stream().map(v -> choice(v.ref())).toList();
    }

    public String getLeft() {
        return left;
    }

    public void setLeft(String left) {
        this.left = left;
    }

    public String getRight() {
        return right;
    }

    public void setRight(String right) {
        this.right = right;
    }
}
