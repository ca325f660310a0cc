package eu.csar.knowledge.domain;

import eu.csar.knowledge.api.ArticleState;
import eu.csar.shared.domain.StatusChange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/**
 * One move of a version of an article as {@link ArticleLifecycle} allowed it, or a version's
 * creation (no from-state, event CREATE): which version, by whom, when, why, on which legal basis.
 */
@Entity
@Table(name = "knowledge_article_status_changes")
public class ArticleStatusChange extends StatusChange {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false, updatable = false)
    private Article article;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", updatable = false)
    private ArticleState fromState;

    @Column(name = "event", nullable = false, updatable = false)
    private String event;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, updatable = false)
    private ArticleState toState;

    @Column(name = "legal_basis", nullable = false, updatable = false)
    private String legalBasis;

    protected ArticleStatusChange() {
    }

    ArticleStatusChange(Article article, int versionNumber, ArticleState from, String event, ArticleState to,
                        String actor, String reason, Instant at) {
        super(actor, reason, at);
        this.article = article;
        this.versionNumber = versionNumber;
        this.fromState = from;
        this.event = event;
        this.toState = to;
        this.legalBasis = ArticleEvent.LEGAL_BASIS;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public Optional<ArticleState> fromState() {
        return Optional.ofNullable(fromState);
    }

    public String event() {
        return event;
    }

    public ArticleState toState() {
        return toState;
    }

    public String legalBasis() {
        return legalBasis;
    }
}
