package eu.csar.knowledge.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.knowledge.api.ArticleId;
import eu.csar.knowledge.api.ArticleKind;
import eu.csar.knowledge.domain.Article;
import eu.csar.knowledge.domain.ArticleContent;
import eu.csar.knowledge.domain.ArticleEvent;
import eu.csar.knowledge.domain.ArticleRepository;
import eu.csar.knowledge.domain.KnowledgeAction;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The Centre staff's editorial workflow for the knowledge hub (Art 43(6), Art 50(4) COM(2022) 209,
 * pending legal review): Centre staff ({@code centre-admin}, {@code centre-reviewer}) draft and edit
 * articles in English and Dutch and submit them for review; a reviewer ({@code centre-reviewer}) who
 * did not write the version publishes it (four eyes, refused with 409 otherwise), returns it or
 * withdraws the published version. Editing a published article opens a new draft version while the
 * published one stays public. Every write is audited, refusals too.
 */
@Stateless
public class EditorialDesk {

    static final String PURPOSE = "knowledge hub (Art 43(6), Art 50(4))";

    @Inject
    ArticleRepository articles;

    @Inject
    AuditRecorder audit;

    @Inject
    Clock clock;

    /** A step of a write: the locked article, the actor, and now by the platform clock. */
    @FunctionalInterface
    interface Step {
        void apply(Article article, String actor, Instant now);
    }

    /** Every article, the newest first. */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER})
    public List<ArticleView> list() {
        List<ArticleView> found = articles.all().stream().map(ArticleView::of).toList();
        audit.success(KnowledgeAction.ARTICLE_READ, null, PURPOSE + "; editorial list, " + found.size() + " article(s)");
        return found;
    }

    /** One article with its history. */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER})
    public ArticleView article(@NotNull ArticleId id) {
        Article a = articles.find(id).orElseThrow(() -> notFound(KnowledgeAction.ARTICLE_READ, id));
        audit.success(KnowledgeAction.ARTICLE_READ, id, PURPOSE);
        return ArticleView.of(a);
    }

    /** A new article: version 1, a draft by the caller. */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER})
    public ArticleView draft(@NotNull ArticleKind kind, @NotNull ArticleContent content) {
        try {
            Article a = Article.draft(kind, content, audit.actorName(), clock.instant());
            articles.add(a);
            articles.flush();
            audit.success(KnowledgeAction.ARTICLE_DRAFTED, a.id(), PURPOSE + "; " + kind);
            return ArticleView.of(a);
        } catch (RuleViolationException refused) {
            audit.refusal(KnowledgeAction.ARTICLE_DRAFTED, null, PURPOSE + "; " + refused.getMessage(), AuditOutcome.REFUSED);
            throw refused;
        }
    }

    /** Edits the draft, or opens a new draft version of a published or withdrawn article; refused while in review. */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER})
    public ArticleView edit(@NotNull ArticleId id, @NotNull ArticleContent content) {
        return write(id, KnowledgeAction.ARTICLE_EDITED, (a, actor, now) -> a.edit(content, actor, now));
    }

    /** Hands the draft, complete in English and Dutch, to review. */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER})
    public ArticleView submit(@NotNull ArticleId id) {
        return write(id, KnowledgeAction.of(ArticleEvent.SUBMIT), (a, actor, now) -> a.submit(actor, now));
    }

    /** Sends the version in review back to draft. */
    @RolesAllowed(Roles.CENTRE_REVIEWER)
    public ArticleView returnToDraft(@NotNull ArticleId id, @Size(max = 500) String reason) {
        return write(id, KnowledgeAction.of(ArticleEvent.RETURN), (a, actor, now) -> a.returnToDraft(reason, actor, now));
    }

    /** Publishes the version in review; four eyes: refused to anyone who wrote it. */
    @RolesAllowed(Roles.CENTRE_REVIEWER)
    public ArticleView publish(@NotNull ArticleId id) {
        return write(id, KnowledgeAction.of(ArticleEvent.PUBLISH), (a, actor, now) -> a.publish(actor, now));
    }

    /** Takes the published version off the public pages. */
    @RolesAllowed(Roles.CENTRE_REVIEWER)
    public ArticleView withdraw(@NotNull ArticleId id, @Size(max = 500) String reason) {
        return write(id, KnowledgeAction.of(ArticleEvent.WITHDRAW), (a, actor, now) -> a.withdraw(reason, actor, now));
    }

    // the reason is in the history row, not in the audit purpose (a free text of up to 500 characters)
    private ArticleView write(ArticleId id, KnowledgeAction action, Step step) {
        Article a = articles.findForUpdate(id).orElseThrow(() -> notFound(action, id));
        try {
            step.apply(a, audit.actorName(), clock.instant());
        } catch (RuleViolationException refused) {
            audit.refusal(action, id, PURPOSE + "; " + refused.getMessage(), AuditOutcome.REFUSED);
            throw refused;
        }
        articles.flush();
        audit.success(action, id, PURPOSE + "; version " + a.latest().number() + " " + a.latest().state());
        return ArticleView.of(a);
    }

    private UnknownObjectException notFound(KnowledgeAction action, ArticleId id) {
        audit.refusal(action, id, PURPOSE, AuditOutcome.NOT_FOUND);
        return new UnknownObjectException("KnowledgeArticle", id);
    }
}
