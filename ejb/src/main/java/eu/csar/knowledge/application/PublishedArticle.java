package eu.csar.knowledge.application;

import eu.csar.knowledge.api.ArticleId;
import eu.csar.knowledge.api.ArticleKind;
import eu.csar.knowledge.domain.ArticleContent;
import eu.csar.knowledge.domain.ArticleVersion;

import java.io.Serializable;
import java.time.Instant;

/** A published version as the public pages show it: both languages, the classification, its version and date. */
public record PublishedArticle(ArticleId id, ArticleKind kind, int number, ArticleContent content, Instant publishedAt)
        implements Serializable {

    static PublishedArticle of(ArticleVersion v) {
        return new PublishedArticle(v.article().id(), v.article().kind(), v.number(), v.content(), v.publishedAt().orElse(null));
    }
}
