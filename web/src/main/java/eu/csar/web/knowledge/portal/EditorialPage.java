package eu.csar.web.knowledge.portal;

import eu.csar.knowledge.api.ArticleId;
import eu.csar.knowledge.api.ArticleKind;
import eu.csar.knowledge.api.EvidenceLevel;
import eu.csar.knowledge.api.TargetGroup;
import eu.csar.knowledge.application.ArticleView;
import eu.csar.knowledge.application.EditorialDesk;
import eu.csar.knowledge.domain.ArticleContent;
import eu.csar.shared.domain.MemberState;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The editorial page of the knowledge hub ({@code /portal/knowledge/articles.xhtml}, Centre staff):
 * every article with the state of the version being worked on and the published version's number;
 * the editor with English and Dutch side by side; the moves possible now as buttons (submit, return,
 * publish, withdraw; the four-eyes refusal is shown like any other); the selected article's history.
 * A refusal naming a field is shown at that field.
 */
@Named
@ViewScoped
public class EditorialPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final Map<String, String> FIELDS = Map.of("kind", "editor:kind", "titleEn", "editor:titleEn", "titleNl", "editor:titleNl",
            "bodyEn", "editor:bodyEn", "bodyNl", "editor:bodyNl", "memberState", "editor:memberState",
            "targetGroups", "editor:targetGroups", "evidenceLevel", "editor:evidenceLevel");

    @Inject
    EditorialDesk desk;

    @Inject
    FeedbackBean feedback;

    private String id;
    private List<ArticleView> rows = List.of();
    private ArticleView selected;
    private ArticleKind kind;
    private String titleEn;
    private String titleNl;
    private String bodyEn;
    private String bodyNl;
    private MemberState memberState;
    private List<String> targetGroups = new ArrayList<>();
    private EvidenceLevel evidenceLevel;
    private String reason;

    /** f:viewAction: the list, and the article named by {@code ?id=} in the editor. */
    public void load() {
        try {
            rows = desk.list();
            if (id != null && !id.isBlank()) {
                show(desk.article(new ArticleId(UUID.fromString(id))));
            }
        } catch (IllegalArgumentException e) {
            feedback.error("kh.ed.unknown");
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    /** Drafts a new article or edits the selected one (a published one gets a new draft version). */
    public void save() {
        act(() -> {
            ArticleContent content = new ArticleContent(titleEn, titleNl, bodyEn, bodyNl, memberState,
                    groups(), evidenceLevel);
            return selected == null ? desk.draft(kind, content) : desk.edit(selected.id(), content);
        }, "kh.ed.saved");
    }

    public void submit() {
        act(() -> desk.submit(selected.id()), "kh.ed.submitted");
    }

    public void returnToDraft() {
        act(() -> desk.returnToDraft(selected.id(), reason), "kh.ed.returned");
    }

    public void publish() {
        act(() -> desk.publish(selected.id()), "kh.ed.published");
    }

    public void withdraw() {
        act(() -> desk.withdraw(selected.id(), reason), "kh.ed.withdrawn");
    }

    /** Clears the editor for a new article. */
    public void fresh() {
        selected = null;
        id = null;
        kind = null;
        titleEn = titleNl = bodyEn = bodyNl = reason = null;
        memberState = null;
        targetGroups = new ArrayList<>();
        evidenceLevel = null;
    }

    private void act(Supplier<ArticleView> step, String done) {
        try {
            show(step.get());
            rows = desk.list();
            feedback.info(done, selected.number());
        } catch (RuntimeException e) {
            FacesContext.getCurrentInstance().validationFailed();
            if (!feedback.showRefusal(e, EditorialPage::fieldFor)) {
                throw e;
            }
        }
    }

    /** The chosen target groups (the checkboxes post their names). */
    EnumSet<TargetGroup> groups() {
        EnumSet<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        targetGroups.forEach(g -> groups.add(TargetGroup.valueOf(g)));
        return groups;
    }

    static String fieldFor(String path) {
        String last = path == null ? "" : path.substring(path.lastIndexOf('.') + 1);
        return FIELDS.get(last);
    }

    private void show(ArticleView a) {
        selected = a;
        id = a.id().toString();
        kind = a.kind();
        ArticleContent c = a.content();
        titleEn = c.titleEn();
        titleNl = c.titleNl();
        bodyEn = c.bodyEn();
        bodyNl = c.bodyNl();
        memberState = c.memberState();
        targetGroups = new ArrayList<>(c.targetGroups().stream().map(Enum::name).toList());
        evidenceLevel = c.evidenceLevel();
        reason = null;
    }

    /** Whether {@code event} is possible now for the selected article (the buttons shown). */
    public boolean may(String event) {
        return selected != null && selected.possibleEvents().contains(event);
    }

    public List<ArticleKind> getKinds() {
        return List.of(ArticleKind.values());
    }

    public List<MemberState> getMemberStates() {
        return List.of(MemberState.values());
    }

    public List<TargetGroup> getGroups() {
        return List.of(TargetGroup.values());
    }

    public List<EvidenceLevel> getEvidenceLevels() {
        return List.of(EvidenceLevel.values());
    }

    public List<ArticleView> getRows() {
        return rows;
    }

    public ArticleView getSelected() {
        return selected;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ArticleKind getKind() {
        return kind;
    }

    public void setKind(ArticleKind kind) {
        this.kind = kind;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getTitleNl() {
        return titleNl;
    }

    public void setTitleNl(String titleNl) {
        this.titleNl = titleNl;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }

    public String getBodyNl() {
        return bodyNl;
    }

    public void setBodyNl(String bodyNl) {
        this.bodyNl = bodyNl;
    }

    public MemberState getMemberState() {
        return memberState;
    }

    public void setMemberState(MemberState memberState) {
        this.memberState = memberState;
    }

    public List<String> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(List<String> targetGroups) {
        this.targetGroups = targetGroups == null ? new ArrayList<>() : new ArrayList<>(targetGroups);
    }

    public EvidenceLevel getEvidenceLevel() {
        return evidenceLevel;
    }

    public void setEvidenceLevel(EvidenceLevel evidenceLevel) {
        this.evidenceLevel = evidenceLevel;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
