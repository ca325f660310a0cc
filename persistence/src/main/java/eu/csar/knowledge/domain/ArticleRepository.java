package eu.csar.knowledge.domain;

import eu.csar.knowledge.api.ArticleId;
import eu.csar.knowledge.api.ArticleKind;
import eu.csar.knowledge.api.ArticleState;
import eu.csar.knowledge.api.NetworkDocumentId;
import eu.csar.knowledge.api.TargetGroup;
import eu.csar.shared.domain.MemberState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Loads and stores knowledge articles: the only place that knows their queries. */
@ApplicationScoped
public class ArticleRepository {

    /** A list shows at most this many articles. */
    public static final int MAX_LIST = 500;

    @PersistenceContext(unitName = "csar")
    private EntityManager em;

    public Optional<Article> find(ArticleId id) {
        return Optional.ofNullable(em.find(Article.class, id.value()));
    }

    /** The article with its row locked until the transaction ends: moves of one article run one after the other. */
    public Optional<Article> findForUpdate(ArticleId id) {
        return Optional.ofNullable(em.find(Article.class, id.value(), LockModeType.PESSIMISTIC_WRITE));
    }

    public void add(Article article) {
        em.persist(article);
    }

    public void flush() {
        em.flush();
    }

    public void addDocument(NetworkDocument document) {
        em.persist(document);
    }

    /** The network's documents, newest first. */
    public List<NetworkDocumentSummary> documents() {
        return em.createQuery("select new eu.csar.knowledge.domain.NetworkDocumentSummary(d.id, d.fileName, d.mediaType, d.sizeBytes,"
                        + " d.sha256, d.sharedBy, d.sharedAt) from NetworkDocument d order by d.sharedAt desc, d.id",
                        NetworkDocumentSummary.class).setMaxResults(MAX_LIST).getResultList();
    }

    public Optional<NetworkDocument> document(NetworkDocumentId id) {
        return Optional.ofNullable(em.find(NetworkDocument.class, id.value()));
    }

    /** Every article, the newest first (the editorial list). */
    public List<Article> all() {
        return em.createQuery("select a from Article a order by a.createdAt desc, a.id", Article.class)
                .setMaxResults(MAX_LIST).getResultList();
    }

    /**
     * The published versions of {@code kind}, optionally of one Member State and one target group,
     * by English title. A definition has no Member State: it is listed whatever {@code memberState} is.
     */
    public List<ArticleVersion> published(ArticleKind kind, MemberState memberState, TargetGroup group) {
        // a definition (no Member State) holds everywhere, so a Member State filter keeps it
        var query = em.createQuery("select v from ArticleVersion v join fetch v.article where v.state = :s and v.article.kind = :k"
                        + (memberState == null ? "" : " and (v.memberState = :ms or v.memberState is null)")
                        + " order by v.memberState, lower(v.titleEn), v.id", ArticleVersion.class)
                .setParameter("s", ArticleState.PUBLISHED).setParameter("k", kind);
        if (memberState != null) {
            query.setParameter("ms", memberState.name());
        }
        List<ArticleVersion> found = query.setMaxResults(MAX_LIST).getResultList();
        return group == null ? found : found.stream().filter(v -> v.targetGroups().contains(group)).toList();
    }

    /** When the public pages last changed: the latest publication, supersession or withdrawal; empty if never. */
    public Optional<Instant> lastPublicChange() {
        Object at = em.createNativeQuery("select greatest(max(published_at), max(ended_at)) from knowledge_article_versions")
                .getSingleResult();
        if (at instanceof Timestamp t) {
            return Optional.of(t.toInstant());
        }
        if (at instanceof OffsetDateTime o) {
            return Optional.of(o.toInstant());
        }
        return at instanceof Instant i ? Optional.of(i) : Optional.empty();
    }
}
