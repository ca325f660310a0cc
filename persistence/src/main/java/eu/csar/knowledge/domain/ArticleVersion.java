package eu.csar.knowledge.domain;

import eu.csar.knowledge.api.ArticleState;
import eu.csar.knowledge.api.EvidenceLevel;
import eu.csar.knowledge.api.TargetGroup;
import eu.csar.shared.domain.MemberState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One version of an article: its texts and classification, its state, who wrote it (everyone who
 * edited it is a contributor, none of whom may publish it) and who published it. Changed only by
 * its {@link Article}.
 */
@Entity
@Table(name = "knowledge_article_versions")
public class ArticleVersion {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false, updatable = false)
    private Article article;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private ArticleState state;

    @Column(name = "title_en")
    private String titleEn;

    @Column(name = "title_nl")
    private String titleNl;

    @Column(name = "body_en")
    private String bodyEn;

    @Column(name = "body_nl")
    private String bodyNl;

    @Column(name = "member_state")
    private String memberState;

    @Column(name = "target_groups", nullable = false)
    private String targetGroups;

    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_level")
    private EvidenceLevel evidenceLevel;

    @Column(name = "author", nullable = false, updatable = false)
    private String author;

    @Column(name = "contributors", nullable = false)
    private String contributors;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected ArticleVersion() {
    }

    ArticleVersion(Article article, int number, ArticleContent content, String author, Instant at) {
        this.id = UUID.randomUUID();
        this.article = article;
        this.number = number;
        this.state = ArticleLifecycle.INITIAL;
        this.author = author;
        this.contributors = author;
        this.createdAt = at;
        write(content, author, at);
    }

    void write(ArticleContent content, String actor, Instant at) {
        titleEn = content.titleEn();
        titleNl = content.titleNl();
        bodyEn = content.bodyEn();
        bodyNl = content.bodyNl();
        memberState = content.memberState() == null ? null : content.memberState().name();
        targetGroups = content.targetGroups().stream().map(Enum::name).collect(Collectors.joining(","));
        evidenceLevel = content.evidenceLevel();
        Set<String> names = new LinkedHashSet<>(contributors());
        names.add(actor);
        contributors = String.join(",", names);
        updatedAt = at;
    }

    void moveTo(ArticleState next, Instant at) {
        state = next;
        updatedAt = at;
        if (next == ArticleState.SUPERSEDED || next == ArticleState.WITHDRAWN) {
            endedAt = at;
        }
    }

    void published(String by, Instant at) {
        publishedBy = by;
        publishedAt = at;
    }

    public UUID id() {
        return id;
    }

    public Article article() {
        return article;
    }

    public int number() {
        return number;
    }

    public ArticleState state() {
        return state;
    }

    public ArticleContent content() {
        return new ArticleContent(titleEn, titleNl, bodyEn, bodyNl, memberState == null ? null : MemberState.valueOf(memberState),
                targetGroups(), evidenceLevel);
    }

    public Set<TargetGroup> targetGroups() {
        return targetGroups == null || targetGroups.isEmpty() ? Set.of()
                : EnumSet.copyOf(Arrays.stream(targetGroups.split(",")).map(TargetGroup::valueOf).toList());
    }

    public String author() {
        return author;
    }

    /** Everyone who wrote this version, the author first. */
    public List<String> contributors() {
        return contributors == null || contributors.isEmpty() ? List.of() : List.of(contributors.split(","));
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<String> publishedBy() {
        return Optional.ofNullable(publishedBy);
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }
}
