package eu.csar.knowledge.domain;

import eu.csar.knowledge.api.ArticleKind;
import eu.csar.knowledge.api.ArticleState;
import eu.csar.knowledge.api.EvidenceLevel;
import eu.csar.knowledge.api.TargetGroup;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static eu.csar.knowledge.domain.ArticleLifecycleTest.AUTHOR;
import static eu.csar.knowledge.domain.ArticleLifecycleTest.REVIEWER;
import static eu.csar.knowledge.domain.ArticleLifecycleTest.T0;
import static eu.csar.knowledge.domain.ArticleLifecycleTest.content;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The versioning rules, the four-eyes rule, both languages before review, and the classification per kind. */
class ArticleTest {

    static ArticleContent text(String titleEn) {
        ArticleContent c = content();
        return new ArticleContent(titleEn, c.titleNl(), c.bodyEn(), c.bodyNl(), c.memberState(), c.targetGroups(), c.evidenceLevel());
    }

    static Article published() {
        Article a = Article.draft(ArticleKind.PREVENTION_PROGRAMME, text("Version one"), AUTHOR, T0);
        a.submit(AUTHOR, T0.plusSeconds(1));
        a.publish(REVIEWER, T0.plusSeconds(2));
        return a;
    }

    @Test
    void editingAPublishedArticleOpensANewDraftAndThePublishedVersionStaysUntilTheNewOneIsPublished() {
        Article a = published();
        assertTrue(a.edit(text("Version two"), "second-reviewer", T0.plusSeconds(3)), "a new version");
        assertEquals(2, a.versions().size());
        assertEquals(ArticleState.DRAFT, a.latest().state());
        assertEquals(2, a.latest().number());
        assertEquals("second-reviewer", a.latest().author());
        assertEquals("Version one", a.published().orElseThrow().content().titleEn(), "still public");

        assertFalse(a.edit(text("Version two, better"), "second-reviewer", T0.plusSeconds(4)), "the draft is edited in place");
        assertEquals(2, a.versions().size());
        a.submit("second-reviewer", T0.plusSeconds(5));
        assertEquals("Version one", a.published().orElseThrow().content().titleEn(), "still public while in review");

        a.publish(REVIEWER, T0.plusSeconds(6));
        assertEquals("Version two, better", a.published().orElseThrow().content().titleEn());
        assertEquals(ArticleState.SUPERSEDED, a.versions().get(0).state());
        assertEquals(T0.plusSeconds(6), a.versions().get(0).endedAt().orElseThrow());
        ArticleStatusChange superseded = a.history().stream().filter(h -> h.event().equals("SUPERSEDE")).findFirst().orElseThrow();
        assertEquals(1, superseded.versionNumber());
        assertEquals(List.of("CREATE", "SUBMIT", "PUBLISH", "CREATE", "SUBMIT", "SUPERSEDE", "PUBLISH"),
                a.history().stream().map(ArticleStatusChange::event).toList());
    }

    @Test
    void fourEyesNobodyWhoWroteAVersionPublishesIt() {
        Article a = Article.draft(ArticleKind.PREVENTION_PROGRAMME, content(), AUTHOR, T0);
        a.edit(content(), REVIEWER, T0.plusSeconds(1));
        a.submit(AUTHOR, T0.plusSeconds(2));
        for (String writer : List.of(AUTHOR, REVIEWER)) {
            RuleViolationException refused = assertThrows(RuleViolationException.class, () -> a.publish(writer, T0.plusSeconds(3)));
            assertTrue(refused.getMessage().contains("Four eyes"), refused.getMessage());
        }
        assertEquals(ArticleState.IN_REVIEW, a.latest().state());
        a.publish("second-reviewer", T0.plusSeconds(4));
        assertEquals("second-reviewer", a.latest().publishedBy().orElseThrow());
    }

    @Test
    void aVersionInReviewIsNotEditedAndAWithdrawnArticleComesBackAsANewVersion() {
        Article a = Article.draft(ArticleKind.PREVENTION_PROGRAMME, content(), AUTHOR, T0);
        a.submit(AUTHOR, T0);
        assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE,
                assertThrows(RuleViolationException.class, () -> a.edit(content(), AUTHOR, T0)).code());
        a.publish(REVIEWER, T0);
        a.withdraw("outdated", REVIEWER, T0);
        assertTrue(a.published().isEmpty());
        assertTrue(a.edit(content(), AUTHOR, T0));
        assertEquals(ArticleState.DRAFT, a.latest().state());
        assertEquals(ArticleState.WITHDRAWN, a.versions().get(0).state());
    }

    @Test
    void bothLanguagesAreRequiredBeforeReview() {
        ArticleContent c = content();
        Article a = Article.draft(ArticleKind.PREVENTION_PROGRAMME,
                new ArticleContent(c.titleEn(), c.titleNl(), c.bodyEn(), " ", c.memberState(), c.targetGroups(), c.evidenceLevel()),
                AUTHOR, T0);
        assertEquals("bodyNl", assertThrows(RuleViolationException.class, () -> a.submit(AUTHOR, T0)).field());
        assertEquals(ArticleState.DRAFT, a.latest().state());
        assertEquals(1, a.history().size());
    }

    @Test
    void theClassificationFitsTheKind() {
        ArticleContent c = content();
        assertEquals("memberState", assertThrows(RuleViolationException.class, () -> Article.draft(ArticleKind.DEFINITION, c, AUTHOR, T0)).field());
        ArticleContent noGroup = new ArticleContent("t", null, null, null, MemberState.NL, Set.of(), EvidenceLevel.PROMISING);
        assertEquals("targetGroups", assertThrows(RuleViolationException.class,
                () -> Article.draft(ArticleKind.PREVENTION_PROGRAMME, noGroup, AUTHOR, T0)).field());
        ArticleContent service = new ArticleContent("t", null, null, null, MemberState.NL, Set.of(), EvidenceLevel.PROMISING);
        assertEquals("evidenceLevel", assertThrows(RuleViolationException.class,
                () -> Article.draft(ArticleKind.SUPPORT_SERVICE, service, AUTHOR, T0)).field());
        ArticleContent untitled = new ArticleContent(" ", "", "x", "y", MemberState.NL, Set.of(TargetGroup.CONVICTED_OFFENDERS),
                EvidenceLevel.PROMISING);
        assertEquals("titleEn", assertThrows(RuleViolationException.class,
                () -> Article.draft(ArticleKind.PREVENTION_PROGRAMME, untitled, AUTHOR, T0)).field());
        ArticleContent longTitle = text("x".repeat(ArticleContent.MAX_TITLE + 1));
        assertEquals("titleEn", assertThrows(RuleViolationException.class,
                () -> Article.draft(ArticleKind.PREVENTION_PROGRAMME, longTitle, AUTHOR, T0)).field());
        Article definition = Article.draft(ArticleKind.DEFINITION,
                new ArticleContent("Grooming", "Grooming", "plain words", "gewone woorden", null, null, null), AUTHOR, T0);
        assertEquals(ArticleKind.DEFINITION, definition.kind());
    }
}
