package eu.csar.web.knowledge.rest;

import eu.csar.knowledge.api.ArticleId;
import eu.csar.knowledge.api.ArticleKind;
import eu.csar.knowledge.api.EvidenceLevel;
import eu.csar.knowledge.api.TargetGroup;
import eu.csar.knowledge.application.ArticleView;
import eu.csar.knowledge.domain.ArticleContent;
import eu.csar.shared.domain.MemberState;
import eu.csar.web.platform.rest.Inputs;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The bodies and answers of {@code /api/v1/knowledge/articles}, read field by field so that a
 * malformed one is a 400 problem naming its field before any service runs.
 */
public final class ArticleRequests {

    private ArticleRequests() {
    }

    /** An article's texts (English and Dutch side by side) and classification; {@code kind} only when drafting. */
    public static class Body {
        public String kind;
        public String titleEn;
        public String titleNl;
        public String bodyEn;
        public String bodyNl;
        /** ISO 3166 alpha-2; none for a definition. */
        public String memberState;
        /** Prevention programmes only: CHILDREN_AND_PARENTS, PEOPLE_AT_RISK_OF_OFFENDING, CONVICTED_OFFENDERS. */
        public List<String> targetGroups;
        /** Prevention programmes only: one of the published criteria. */
        public String evidenceLevel;

        ArticleKind kind() {
            return Inputs.requiredEnum(ArticleKind.class, kind, "kind");
        }

        ArticleContent content() {
            MemberState ms = memberState == null || memberState.isBlank() ? null : Inputs.memberState(memberState, "memberState");
            Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
            if (targetGroups != null) {
                for (String g : targetGroups) {
                    groups.add(Inputs.requiredEnum(TargetGroup.class, g, "targetGroups"));
                }
            }
            return new ArticleContent(titleEn, titleNl, bodyEn, bodyNl, ms, groups,
                    Inputs.enumOrNull(EvidenceLevel.class, evidenceLevel, "evidenceLevel"));
        }
    }

    /** Why a version is returned or withdrawn. */
    public static class Reason {
        public String reason;
    }

    /** An article as staff see it: the version being worked on and the number of the published one. */
    public record Dto(String id, long version, String kind, int number, String state, String titleEn, String titleNl,
                      String bodyEn, String bodyNl, String memberState, List<String> targetGroups, String evidenceLevel,
                      List<String> contributors, String updatedAt, Integer publishedNumber, List<String> possibleEvents,
                      List<HistoryRow> history) {

        static Dto of(ArticleView v) {
            ArticleContent c = v.content();
            return new Dto(v.id().toString(), v.version(), v.kind().name(), v.number(), v.state().name(), c.titleEn(), c.titleNl(),
                    c.bodyEn(), c.bodyNl(), c.memberState() == null ? null : c.memberState().name(),
                    c.targetGroups().stream().map(Enum::name).toList(),
                    c.evidenceLevel() == null ? null : c.evidenceLevel().name(), v.contributors(), instant(v.updatedAt()),
                    v.publishedNumber(), v.possibleEvents(),
                    v.history().stream().map(h -> new HistoryRow(h.version(), h.from() == null ? null : h.from().name(), h.event(),
                            h.to().name(), instant(h.at()), h.actor(), h.reason(), h.legalBasis())).toList());
        }
    }

    public record HistoryRow(int version, String from, String event, String to, String at, String actor, String reason,
                             String legalBasis) {
    }

    static String instant(Instant at) {
        return at == null ? null : at.toString();
    }

    static ArticleId id(String id) {
        return new ArticleId(Inputs.uuid(id, "id"));
    }

    static String reason(Reason body) {
        return body == null ? null : body.reason;
    }
}
