package eu.csar.knowledge.domain;

import eu.csar.knowledge.api.ArticleState;
import eu.csar.shared.domain.TransitionTable;

import static eu.csar.knowledge.api.ArticleState.DRAFT;
import static eu.csar.knowledge.api.ArticleState.IN_REVIEW;
import static eu.csar.knowledge.api.ArticleState.PUBLISHED;
import static eu.csar.knowledge.api.ArticleState.SUPERSEDED;
import static eu.csar.knowledge.api.ArticleState.WITHDRAWN;

/**
 * The editorial workflow of one version of an article, in one table: DRAFT -SUBMIT-> IN_REVIEW;
 * IN_REVIEW -RETURN-> DRAFT; IN_REVIEW -PUBLISH-> PUBLISHED; PUBLISHED -SUPERSEDE-> SUPERSEDED (a
 * newer version was published); PUBLISHED -WITHDRAW-> WITHDRAWN. SUPERSEDED and WITHDRAWN are final:
 * a withdrawn article comes back as a new version.
 */
public final class ArticleLifecycle {

    /** The state of a new version. */
    public static final ArticleState INITIAL = DRAFT;

    /** The event name of a version's first history row. */
    public static final String CREATE = "CREATE";

    public static final TransitionTable<ArticleState, ArticleEvent> TABLE =
            TransitionTable.of("article version", ArticleState.class, ArticleEvent.class)
                    .allow(DRAFT, ArticleEvent.SUBMIT, IN_REVIEW)
                    .allow(IN_REVIEW, ArticleEvent.RETURN, DRAFT)
                    .allow(IN_REVIEW, ArticleEvent.PUBLISH, PUBLISHED)
                    .allow(PUBLISHED, ArticleEvent.SUPERSEDE, SUPERSEDED)
                    .allow(PUBLISHED, ArticleEvent.WITHDRAW, WITHDRAWN)
                    .build();

    private ArticleLifecycle() {
    }
}
