package eu.csar.knowledge.domain;

import eu.csar.knowledge.api.ArticleKind;
import eu.csar.knowledge.api.ArticleState;
import eu.csar.knowledge.api.EvidenceLevel;
import eu.csar.knowledge.api.TargetGroup;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static eu.csar.knowledge.api.ArticleState.DRAFT;
import static eu.csar.knowledge.api.ArticleState.IN_REVIEW;
import static eu.csar.knowledge.api.ArticleState.PUBLISHED;
import static eu.csar.knowledge.api.ArticleState.SUPERSEDED;
import static eu.csar.knowledge.api.ArticleState.WITHDRAWN;
import static eu.csar.knowledge.domain.ArticleEvent.PUBLISH;
import static eu.csar.knowledge.domain.ArticleEvent.RETURN;
import static eu.csar.knowledge.domain.ArticleEvent.SUBMIT;
import static eu.csar.knowledge.domain.ArticleEvent.SUPERSEDE;
import static eu.csar.knowledge.domain.ArticleEvent.WITHDRAW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every (state, event) pair of the editorial workflow against the intended moves, written out here
 * independently of the table, and an article whose version is in that state moving through each user
 * event: a history row with the legal basis, or nothing changed when refused.
 */
class ArticleLifecycleTest {

    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    static final String AUTHOR = "admin";
    static final String REVIEWER = "reviewer";

    static final Map<ArticleState, Map<ArticleEvent, ArticleState>> INTENDED = Map.of(
            DRAFT, Map.of(SUBMIT, IN_REVIEW),
            IN_REVIEW, Map.of(RETURN, DRAFT, PUBLISH, PUBLISHED),
            PUBLISHED, Map.of(SUPERSEDE, SUPERSEDED, WITHDRAW, WITHDRAWN),
            SUPERSEDED, Map.of(),
            WITHDRAWN, Map.of());

    static ArticleContent content() {
        return new ArticleContent("Safe Steps (synthetic)", "Veilige Stappen (synthetisch)", "An invented programme.",
                "Een verzonnen programma.", MemberState.NL, Set.of(TargetGroup.CHILDREN_AND_PARENTS), EvidenceLevel.PROMISING);
    }

    static Stream<Arguments> everyStateAndEvent() {
        return Arrays.stream(ArticleState.values())
                .flatMap(state -> Arrays.stream(ArticleEvent.values()).map(event -> Arguments.of(state, event)));
    }

    /** An article whose only version is in {@code state}; SUPERSEDED needs a newer published version. */
    static Article in(ArticleState state) {
        Article a = Article.draft(ArticleKind.PREVENTION_PROGRAMME, content(), AUTHOR, T0);
        Instant at = T0.plusSeconds(60);
        switch (state) {
            case DRAFT -> { }
            case IN_REVIEW -> a.submit(AUTHOR, at);
            case PUBLISHED -> publish(a, at);
            case WITHDRAWN -> {
                publish(a, at);
                a.withdraw("outdated", REVIEWER, at);
            }
            case SUPERSEDED -> {
                publish(a, at);
                a.edit(content(), AUTHOR, at);
                publish(a, at);
            }
        }
        assertEquals(state, a.versions().get(0).state());
        return a;
    }

    static void publish(Article a, Instant at) {
        a.submit(AUTHOR, at);
        a.publish(REVIEWER, at);
    }

    /** A user's event on the article; SUPERSEDE has none (publishing a newer version is what supersedes). */
    static void apply(Article a, ArticleEvent event, Instant at) {
        switch (event) {
            case SUBMIT -> a.submit(AUTHOR, at);
            case RETURN -> a.returnToDraft("needs sources", REVIEWER, at);
            case PUBLISH -> a.publish(REVIEWER, at);
            case WITHDRAW -> a.withdraw("outdated", REVIEWER, at);
            case SUPERSEDE -> throw new IllegalArgumentException("not a user's event");
        }
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyStateAndEvent")
    void everyPairMovesExactlyAsIntended(ArticleState state, ArticleEvent event) {
        ArticleState intended = INTENDED.get(state).get(event);
        assertEquals(intended != null, ArticleLifecycle.TABLE.permits(state, event));
        if (event == SUPERSEDE || state == SUPERSEDED) {
            return; // not reachable as a user's move on the version in this state: the table alone decides
        }
        Article a = in(state);
        int rows = a.history().size();
        Instant at = T0.plusSeconds(7200);
        if (intended == null) {
            RuleViolationException refused = assertThrows(RuleViolationException.class, () -> apply(a, event, at));
            assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, refused.code());
            assertEquals(state, a.latest().state());
            assertEquals(rows, a.history().size());
        } else {
            apply(a, event, at);
            assertEquals(intended, a.latest().state());
            assertEquals(rows + 1, a.history().size());
            ArticleStatusChange row = a.history().get(rows);
            assertEquals(state, row.fromState().orElseThrow());
            assertEquals(event.name(), row.event());
            assertEquals(intended, row.toState());
            assertEquals(ArticleEvent.LEGAL_BASIS, row.legalBasis());
            assertEquals(at, row.occurredAt());
            assertEquals(1, row.versionNumber());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("userStates")
    void thePageOffersExactlyTheIntendedEvents(ArticleState state) {
        Set<ArticleEvent> expected = new java.util.HashSet<>(INTENDED.get(state).keySet());
        expected.remove(SUPERSEDE);
        assertEquals(expected, in(state).possibleEvents());
    }

    static Stream<ArticleState> userStates() {
        return Stream.of(DRAFT, IN_REVIEW, PUBLISHED, WITHDRAWN);
    }

    @org.junit.jupiter.api.Test
    void everyStateIsCovered() {
        assertEquals(List.of(ArticleState.values()).size(), INTENDED.size());
    }
}
