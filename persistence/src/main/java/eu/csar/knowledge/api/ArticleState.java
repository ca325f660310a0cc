package eu.csar.knowledge.api;

/**
 * The state of one version of an article. DRAFT is being written, IN_REVIEW waits for a second
 * member of staff, PUBLISHED is what the public pages show, SUPERSEDED was published until a newer
 * version was, WITHDRAWN was taken off the public pages.
 */
public enum ArticleState {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    SUPERSEDED,
    WITHDRAWN
}
