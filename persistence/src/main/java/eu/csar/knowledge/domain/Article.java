package eu.csar.knowledge.domain;

import eu.csar.knowledge.api.ArticleId;
import eu.csar.knowledge.api.ArticleKind;
import eu.csar.knowledge.api.ArticleState;
import eu.csar.shared.domain.RuleViolationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An article of the Centre's knowledge hub with all its versions. The latest version is the one
 * being worked on; at most one version is published at a time, and it stays on the public pages
 * while a newer version is drafted and reviewed. Rules:
 * <ul>
 * <li>Editing a draft changes it (the editor becomes a contributor); editing while the latest
 * version is in review is refused (return it first); editing when the latest version is published or
 * withdrawn opens a new draft version, numbered on.</li>
 * <li>A version goes to review only complete in English and Dutch.</li>
 * <li>Four eyes: nobody who wrote a version publishes it.</li>
 * <li>Publishing a version supersedes the one published before.</li>
 * </ul>
 * Every move writes a history row; moves follow {@link ArticleLifecycle}.
 */
@Entity
@Table(name = "knowledge_articles")
public class Article {

    @Id
    private UUID id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private ArticleKind kind;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "article", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("number")
    private List<ArticleVersion> versions = new ArrayList<>();

    @OneToMany(mappedBy = "article", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("occurredAt")
    private List<ArticleStatusChange> history = new ArrayList<>();

    protected Article() {
    }

    /** A new article of {@code kind}: version 1, a draft written by {@code actor}. */
    public static Article draft(ArticleKind kind, ArticleContent content, String actor, Instant at) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content").checkedFor(kind);
        Instant now = micros(at);
        Article a = new Article();
        a.id = UUID.randomUUID();
        a.kind = kind;
        a.createdBy = actor;
        a.createdAt = now;
        a.newVersion(content, actor, now);
        return a;
    }

    /**
     * Writes {@code content}: into the latest version if it is a draft, into a new draft version if
     * the latest is published or withdrawn (the published one stays public); refused while in review.
     *
     * @return whether a new version was opened
     */
    public boolean edit(ArticleContent content, String actor, Instant at) {
        Objects.requireNonNull(content, "content").checkedFor(kind);
        Instant now = micros(at);
        ArticleVersion latest = latest();
        switch (latest.state()) {
            case DRAFT -> {
                latest.write(content, actor, now);
                return false;
            }
            case IN_REVIEW -> throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, null,
                    "Version " + latest.number() + " is in review: it is returned to draft before it is edited");
            default -> {
                newVersion(content, actor, now);
                return true;
            }
        }
    }

    /** Hands the latest version, complete in both languages, to review. */
    public void submit(String actor, Instant at) {
        ArticleVersion latest = latest();
        ArticleLifecycle.TABLE.next(latest.state(), ArticleEvent.SUBMIT);
        latest.content().requireBothLanguages();
        move(latest, ArticleEvent.SUBMIT, actor, null, micros(at));
    }

    /** Sends the latest version back to draft, saying why. */
    public void returnToDraft(String reason, String actor, Instant at) {
        move(latest(), ArticleEvent.RETURN, actor, reason, micros(at));
    }

    /** Publishes the latest version (four eyes: not by one of its contributors); the one published before is superseded. */
    public void publish(String actor, Instant at) {
        ArticleVersion latest = latest();
        ArticleLifecycle.TABLE.next(latest.state(), ArticleEvent.PUBLISH);
        if (actor == null || latest.contributors().contains(actor)) {
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, null,
                    "Four eyes: a version is published by a member of staff who did not write it");
        }
        Instant now = micros(at);
        Optional<ArticleVersion> before = published();
        before.ifPresent(old -> move(old, ArticleEvent.SUPERSEDE, actor, "version " + latest.number() + " published", now));
        move(latest, ArticleEvent.PUBLISH, actor, null, now);
        latest.published(actor, now);
    }

    /** Takes the published version off the public pages, saying why; a draft being worked on stays. */
    public void withdraw(String reason, String actor, Instant at) {
        ArticleVersion target = published().orElse(latest());
        move(target, ArticleEvent.WITHDRAW, actor, reason, micros(at));
    }

    /** What a member of staff may do now, in declaration order (what the page offers as buttons). */
    public Set<ArticleEvent> possibleEvents() {
        Set<ArticleEvent> events = EnumSet.noneOf(ArticleEvent.class);
        events.addAll(ArticleLifecycle.TABLE.eventsFrom(latest().state()));
        published().ifPresent(p -> events.addAll(ArticleLifecycle.TABLE.eventsFrom(p.state())));
        events.remove(ArticleEvent.SUPERSEDE);
        return Collections.unmodifiableSet(events);
    }

    private void newVersion(ArticleContent content, String actor, Instant at) {
        ArticleVersion v = new ArticleVersion(this, versions.size() + 1, content, actor, at);
        versions.add(v);
        history.add(new ArticleStatusChange(this, v.number(), null, ArticleLifecycle.CREATE, v.state(), actor, null, at));
    }

    private void move(ArticleVersion v, ArticleEvent event, String actor, String reason, Instant at) {
        ArticleState from = v.state();
        ArticleState to = ArticleLifecycle.TABLE.next(from, event);
        v.moveTo(to, at);
        history.add(new ArticleStatusChange(this, v.number(), from, event.name(), to, actor, reason, at));
    }

    private static Instant micros(Instant at) {
        return Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
    }

    public ArticleId id() {
        return new ArticleId(id);
    }

    public long version() {
        return version;
    }

    public ArticleKind kind() {
        return kind;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The version being worked on, or the last one. */
    public ArticleVersion latest() {
        return versions.get(versions.size() - 1);
    }

    /** The version the public pages show, if any. */
    public Optional<ArticleVersion> published() {
        return versions.stream().filter(v -> v.state() == ArticleState.PUBLISHED).findFirst();
    }

    public List<ArticleVersion> versions() {
        return Collections.unmodifiableList(versions);
    }

    public List<ArticleStatusChange> history() {
        return Collections.unmodifiableList(history);
    }
}
