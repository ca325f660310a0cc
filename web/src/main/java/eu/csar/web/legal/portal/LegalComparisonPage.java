package eu.csar.web.legal.portal;

import eu.csar.legal.api.ProfileComparison;
import eu.csar.legal.api.ProfileRef;
import eu.csar.legal.application.LegalProfiles;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Two legal profile versions side by side ({@code /portal/legal/compare/{profile}/{v}/{profile}/{v}}):
 * each key's value, Article and review status on both sides, differing rows highlighted, keys one
 * side lacks marked so.
 */
@Named
@ViewScoped
public class LegalComparisonPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LegalProfiles profiles;

    @Inject
    FeedbackBean feedback;

    private String left;
    private String right;
    private int leftVersion;
    private int rightVersion;
    private ProfileComparison comparison;

    /** f:viewAction */
    public void load() {
        if (left == null || right == null || leftVersion < 1 || rightVersion < 1) {
            feedback.error("legal.compare.choose");
            return;
        }
        try {
            comparison = profiles.compare(new ProfileRef(left, leftVersion), new ProfileRef(right, rightVersion));
        } catch (RuntimeException e) {
            comparison = null;
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    public ProfileComparison getComparison() {
        return comparison;
    }

    public List<ProfileComparison.Row> getRows() {
        return comparison == null ? List.of() : comparison.rows();
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

    public int getLeftVersion() {
        return leftVersion;
    }

    public void setLeftVersion(int leftVersion) {
        this.leftVersion = leftVersion;
    }

    public int getRightVersion() {
        return rightVersion;
    }

    public void setRightVersion(int rightVersion) {
        this.rightVersion = rightVersion;
    }
}
