package eu.csar.web.retention.portal;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.retention.api.RetentionExtensionView;
import eu.csar.retention.api.VictimCaseRetention;
import eu.csar.retention.application.RetentionExtensions;
import eu.csar.victims.api.VictimCaseId;
import eu.csar.web.platform.portal.FeedbackBean;
import eu.csar.web.platform.portal.FormatBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The retention of a Coordinating Authority's withdrawn victim cases, on its victim cases page
 * ({@code /portal/victims/cases.xhtml}; Art 21, Art 22(2)): when each case's personal data fall due, the
 * extensions with their legal basis and end, and the form to extend (legal basis, an ISO period up to
 * the profile's {@code retention.extension-max}) through the same service as
 * {@code POST /api/v1/retention/victim-cases/{id}/extensions}. A refusal is a page message; nothing is
 * stored then.
 */
@Named
@ViewScoped
public class VictimCaseRetentionPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RetentionExtensions extensions;

    @Inject
    FeedbackBean feedback;

    @Inject
    FormatBean fmt;

    private final HashMap<VictimCaseId, VictimCaseRetention> known = new HashMap<>();
    private ArrayList<VictimCaseId> shown = new ArrayList<>();
    private VictimCaseId extending;
    private String extendingCase;
    private String legalBasis;
    private String period;

    /** Remembers the withdrawn cases the page is about to show (before each rendering), so that their retention is read at once. */
    public void pageShows(List<VictimCaseId> withdrawn) {
        shown = new ArrayList<>(withdrawn);
    }

    /**
     * The case's retention; null if the service refused or did not answer for it. The first case asked for brings
     * those of every withdrawn case the page shows and not read yet, in one call (once per view, and the extended
     * case again after an extension).
     */
    public VictimCaseRetention retention(VictimCaseId id) {
        if (!known.containsKey(id)) {
            Set<VictimCaseId> missing = new LinkedHashSet<>();
            missing.add(id);
            shown.stream().filter(c -> !known.containsKey(c)).forEach(missing::add);
            Map<VictimCaseId, VictimCaseRetention> read = Map.of();
            try {
                read = extensions.victimCaseRetentions(missing);
            } catch (RuntimeException e) {
                if (!feedback.showRefusal(e)) {
                    throw e;
                }
            }
            for (VictimCaseId c : missing) {
                known.put(c, read.get(c));
            }
        }
        return known.get(id);
    }

    /** "Due on ..." (or that the data were anonymised already; "-" if the service refused). */
    public String dueText(VictimCaseId id) {
        VictimCaseRetention r = retention(id);
        if (r == null) {
            return "-";
        }
        return r.erased() ? feedback.text("retention.victim.erased") : feedback.text("retention.victim.due", fmt.instant(r.dueAt()));
    }

    /** The case's extensions, each with its legal basis and end. */
    public List<RetentionExtensionView> extensions(VictimCaseId id) {
        VictimCaseRetention r = retention(id);
        return r == null ? List.of() : r.extensions();
    }

    /** Whether the case's retention can still be extended (its data not anonymised yet). */
    public boolean extendable(VictimCaseId id) {
        VictimCaseRetention r = retention(id);
        return r != null && !r.erased();
    }

    /** The longest extension the legal profile allows, in words. */
    public String getExtensionMax() {
        VictimCaseRetention r = extending == null ? null : retention(extending);
        return r == null ? "" : fmt.period(r.extensionMax()) + " (" + r.extensionMax() + ")";
    }

    /** Opens the extension form for the case {@code caseNumber}. */
    public void choose(VictimCaseId id, String caseNumber) {
        extending = id;
        extendingCase = caseNumber;
        legalBasis = null;
        period = null;
    }

    public void cancel() {
        extending = null;
        extendingCase = null;
    }

    /** Records the extension; a malformed or too long period, a blank legal basis or an anonymised case is a page message. */
    public void extend() {
        if (extending == null) {
            return;
        }
        LegalPeriod parsed;
        try {
            parsed = LegalPeriod.parse(period == null ? "" : period.strip());
        } catch (IllegalArgumentException e) {
            feedback.error("retention.victim.periodInvalid");
            return;
        }
        try {
            RetentionExtensionView done = extensions.extendVictimCase(extending, legalBasis, parsed);
            feedback.info("retention.victim.extended", extendingCase, fmt.instant(done.until()));
            known.remove(extending);
            cancel();
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    public boolean isExtending(VictimCaseId id) {
        return id.equals(extending);
    }

    public boolean isOpen() {
        return extending != null;
    }

    public String getExtendingCase() {
        return extendingCase;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }
}
