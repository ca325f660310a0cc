package eu.csar.knowledge.application;

import eu.csar.knowledge.api.ArticleId;
import eu.csar.knowledge.api.ArticleKind;
import eu.csar.knowledge.api.ArticleState;
import eu.csar.knowledge.domain.Article;
import eu.csar.knowledge.domain.ArticleContent;
import eu.csar.knowledge.domain.ArticleVersion;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An article as Centre staff see it: the version being worked on (number, state, texts side by side,
 * contributors), the number of the version the public pages show (null if none), the moves possible
 * now, and the history of every version.
 */
public record ArticleView(ArticleId id, long version, ArticleKind kind, int number, ArticleState state, ArticleContent content,
                          List<String> contributors, Instant updatedAt, Integer publishedNumber, List<String> possibleEvents,
                          List<HistoryRow> history) implements Serializable {

    public record HistoryRow(int version, ArticleState from, String event, ArticleState to, Instant at, String actor,
                             String reason, String legalBasis) implements Serializable {
    }

    static ArticleView of(Article a) {
        ArticleVersion latest = a.latest();
        return new ArticleView(a.id(), a.version(), a.kind(), latest.number(), latest.state(), latest.content(),
                latest.contributors(), latest.updatedAt(), a.published().map(ArticleVersion::number).orElse(null),
                a.possibleEvents().stream().map(Enum::name).toList(),
                a.history().stream().map(h -> new HistoryRow(h.versionNumber(), h.fromState().orElse(null), h.event(), h.toState(),
                        h.occurredAt(), h.actor(), h.reason(), h.legalBasis())).toList());
    }
}
