package eu.csar.web.reports.portal;

import eu.csar.registry.application.ProviderDirectory;
import eu.csar.reports.api.ReportId;
import eu.csar.reports.api.UnfoundedReason;
import eu.csar.reports.application.ReportView;
import eu.csar.reports.application.ReviewDesk;
import eu.csar.reports.application.ReviewView;
import eu.csar.reports.application.TriagePanel;
import eu.csar.reports.domain.ReportLocation;
import eu.csar.shared.domain.MemberState;
import eu.csar.web.platform.portal.FeedbackBean;
import eu.csar.web.platform.portal.FormatBean;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * One report on the review desk ({@code /portal/reports/review.xhtml?id=}, reached through its permalink
 * {@code /portal/reports/review/{id}}, {@link ReviewPermalinkServlet}): its Art 13 content,
 * evidence and history; claim, release or take-over; and for the claimant the decision (forward
 * with the jurisdiction, or manifestly unfounded with a reason and an internal note, or the second
 * reviewer's confirmation). Evidence content is a placeholder until the claimant asks to reveal an
 * item: then the page shows the server's blurred grey image, and on a second step the sharp one;
 * each image request is an audited reveal ({@link ReviewEvidenceServlet}). The triage panel shows what
 * triage found ({@link TriagePanel}): known material with its provenance, earlier reports of the same item.
 */
@Named
@ViewScoped
public class ReviewReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewDesk desk;

    @Inject
    FeedbackBean feedback;

    @Inject
    ProviderDirectory providers;

    @Inject
    FormatBean fmt;

    private String id;
    private ReviewView view;
    /** What triage found, read when the report was opened (the moves' views do not carry it; it never changes). */
    private TriagePanel triage;

    /** The removal checks of the report's public URLs, read when the report was opened (the moves' views do not carry them). */
    private List<ReportView.Material> publicMaterial = List.of();
    /** The provider's legal name as the registry holds it (its id when the entry is gone). */
    private String providerName;
    private long decisionsToday;
    private long breakAfterSeconds;
    /** The evidence item revealed (blurred) and the one shown sharp; 0 for none. */
    private int revealed;
    private int sharp;
    private List<String> memberStates = new ArrayList<>();
    private boolean europol = true;
    private UnfoundedReason reason;
    private String note;

    /** f:viewAction */
    public void load() {
        Optional<ReportId> reportId = reportId();
        if (reportId.isEmpty()) {
            return;
        }
        act(() -> {
            show(desk.report(reportId.get()));
            providerName = providers.legalNames(Set.of(view.report().providerId()))
                    .getOrDefault(view.report().providerId(), view.report().providerId().toString());
            decisionsToday = desk.myDecisionsToday();
            breakAfterSeconds = desk.breakAfter().toSeconds();
        }, null);
    }

    public void claim() {
        step(desk::claim, "desk.claimed");
    }

    public void release() {
        step(desk::release, "desk.released");
    }

    public void forward() {
        Set<MemberState> chosen = EnumSet.noneOf(MemberState.class);
        memberStates.forEach(code -> MemberState.fromCode(code).ifPresent(chosen::add));
        step(r -> desk.decideForward(r, chosen, europol), "desk.forwardDecided");
    }

    public void findUnfounded() {
        step(r -> desk.findUnfounded(r, reason, note), "desk.unfoundedRecorded");
    }

    public void confirmUnfounded() {
        step(r -> desk.confirmUnfounded(r, note), "desk.unfoundedConfirmed");
    }

    /** The audited reveal: the item's blurred, grey image replaces the placeholder. */
    public void reveal(int position) {
        revealed = position;
        sharp = 0;
    }

    /** The second audited step: the item sharp. */
    public void showSharp(int position) {
        revealed = position;
        sharp = position;
    }

    /** Back to the placeholder. */
    public void hide() {
        revealed = 0;
        sharp = 0;
    }

    /** The address of item {@code position}'s image in the view the page is in. */
    public String imageUrl(int position) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + ReviewEvidenceServlet.PATH
                + "?report=" + view.report().id() + "&item=" + position + "&view=" + (sharp == position ? "sharp" : "blurred");
    }

    /** Whether item {@code e} holds content the desk can reveal (an image in the vault). */
    public boolean revealable(ReportView.Evidence e) {
        return e.vaultItemId() != null && e.mediaType() != null && e.mediaType().startsWith("image/");
    }

    private void step(Function<ReportId, ReviewView> call, String doneKey) {
        act(() -> {
            show(call.apply(view.report().id()));
            decisionsToday = desk.myDecisionsToday();
            hide();
        }, doneKey);
    }

    private void show(ReviewView v) {
        view = v;
        if (v.triage() != null) {
            triage = v.triage();
            publicMaterial = v.report().feedback() == null ? List.of() : v.report().feedback().publicMaterial();
        }
        memberStates = new ArrayList<>(v.proposedJurisdiction().memberStates().stream().map(Enum::name).sorted().toList());
        europol = v.proposedJurisdiction().europol();
    }

    private void act(Runnable call, String doneKey) {
        try {
            call.run();
            if (doneKey != null) {
                feedback.info(doneKey);
            }
        } catch (RuntimeException e) {
            FacesContext.getCurrentInstance().validationFailed();
            if (!feedback.showRefusal(e, path -> path.endsWith("note") || path.endsWith("arg2") ? "decision:note" : null)) {
                throw e;
            }
            if (view != null) {
                view = desk.report(view.report().id());
            }
        }
    }

    private Optional<ReportId> reportId() {
        try {
            return id == null ? Optional.empty() : Optional.of(new ReportId(UUID.fromString(id.strip())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The location data in one line: address, port, time and country, or "none". */
    public String getProviderName() {
        return providerName;
    }

    public String getLocation() {
        ReportLocation l = view == null ? null : view.report().location();
        if (l == null) {
            return feedback.text("desk.none");
        }
        return l.ipAddress() + (l.port() == null ? "" : " port " + l.port()) + (l.observedAt() == null ? "" : ", " + fmt.instant(l.observedAt()))
                + (l.country() == null ? "" : ", " + l.country());
    }

    public String getUserIdentifiers() {
        return view == null ? "" : String.join(", ", view.report().userIdentifiers());
    }

    public boolean isFound() {
        return view != null;
    }

    public List<MemberState> getAllMemberStates() {
        return Arrays.asList(MemberState.values());
    }

    public List<UnfoundedReason> getReasons() {
        return Arrays.asList(UnfoundedReason.values());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public TriagePanel getTriage() {
        return triage;
    }

    public List<ReportView.Material> getPublicMaterial() {
        return publicMaterial;
    }

    public ReviewView getView() {
        return view;
    }

    public long getDecisionsToday() {
        return decisionsToday;
    }

    public long getBreakAfterSeconds() {
        return breakAfterSeconds;
    }

    public int getRevealed() {
        return revealed;
    }

    public int getSharp() {
        return sharp;
    }

    public List<String> getMemberStates() {
        return memberStates;
    }

    public void setMemberStates(List<String> memberStates) {
        this.memberStates = memberStates == null ? new ArrayList<>() : new ArrayList<>(memberStates);
    }

    public boolean isEuropol() {
        return europol;
    }

    public void setEuropol(boolean europol) {
        this.europol = europol;
    }

    public UnfoundedReason getReason() {
        return reason;
    }

    public void setReason(UnfoundedReason reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
