package eu.csar.knowledge.domain;

import eu.csar.audit.api.AuditAction;

/** What the knowledge context records on the audit trail. */
public enum KnowledgeAction implements AuditAction {
    ARTICLE_DRAFTED,
    ARTICLE_EDITED,
    ARTICLE_SUBMITTED,
    ARTICLE_RETURNED,
    ARTICLE_PUBLISHED,
    ARTICLE_WITHDRAWN,
    /** The editorial list or one article with its history was read by staff. */
    ARTICLE_READ,
    /** A member of the prevention experts' network or of Centre staff shared a document. */
    NETWORK_DOCUMENT_SHARED("NetworkDocument"),
    /** The network's documents were listed. */
    NETWORK_DOCUMENT_LIST_READ("NetworkDocument"),
    /** A network document was downloaded. */
    NETWORK_DOCUMENT_DOWNLOADED("NetworkDocument");

    private final String objectType;

    KnowledgeAction() {
        this("KnowledgeArticle");
    }

    KnowledgeAction(String objectType) {
        this.objectType = objectType;
    }

    @Override
    public String objectType() {
        return objectType;
    }

    /** The action recording a user's move of the workflow. */
    public static KnowledgeAction of(ArticleEvent event) {
        return switch (event) {
            case SUBMIT -> ARTICLE_SUBMITTED;
            case RETURN -> ARTICLE_RETURNED;
            case PUBLISH, SUPERSEDE -> ARTICLE_PUBLISHED;
            case WITHDRAW -> ARTICLE_WITHDRAWN;
        };
    }
}
