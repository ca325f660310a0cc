package eu.csar.retention.application;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileRef;
import eu.csar.retention.api.RetentionCategory;
import eu.csar.retention.api.RetentionExtensionView;
import eu.csar.retention.api.RetentionOutcome;
import eu.csar.retention.api.VictimCaseRetention;
import eu.csar.retention.domain.RetentionRule;
import eu.csar.shared.domain.MemberState;
import eu.csar.victims.api.VictimCaseHold;
import eu.csar.victims.api.VictimCaseId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page of victim cases' retention read at once: each case its own extensions and due date, only the caller's Member States. */
class VictimCaseRetentionsTest {

    static final Instant WITHDRAWN = Instant.parse("2026-01-10T08:00:00Z");
    static final RetentionRule ONE_YEAR = new RetentionRule(RetentionCategory.VICTIM_CASE, LegalPeriod.parse("P1Y"),
            RetentionOutcome.ANONYMISE, "Art 21", new ProfileRef("COM-2022-209", 1));
    static final Supplier<RetentionRule> NO_RULE = () -> {
        throw new AssertionError("the rule is read only for a withdrawn case not yet anonymised");
    };

    static VictimCaseHold withdrawn(MemberState ms) {
        return new VictimCaseHold(VictimCaseId.random(), ms, false, WITHDRAWN);
    }

    static RetentionExtensionView extension(VictimCaseHold of, String basis, String until) {
        return new RetentionExtensionView(UUID.randomUUID(), "VictimCase", of.id().toString(), "EXTENSION", basis, Instant.parse(until),
                "ca-nl", WITHDRAWN.plusSeconds(60));
    }

    @Test
    void onlyTheCallersMemberStatesCasesAreKept() {
        VictimCaseHold nl = withdrawn(MemberState.NL);
        VictimCaseHold de = withdrawn(MemberState.DE);
        VictimCaseHold fr = withdrawn(MemberState.FR);
        assertEquals(List.of(nl), VictimCaseRetentions.own(List.of(nl, de), Set.of(MemberState.NL)));
        assertEquals(List.of(nl, de), VictimCaseRetentions.own(List.of(nl, fr, de), Set.of(MemberState.NL, MemberState.DE)));
        assertEquals(List.of(), VictimCaseRetentions.own(List.of(de), Set.of()));
    }

    @Test
    void dueIsTheRulesPeriodFromTheWithdrawalOrTheLatestExtensionsEnd() {
        VictimCaseHold c = withdrawn(MemberState.NL);
        Instant ruleDue = Instant.parse("2027-01-10T08:00:00Z");
        assertEquals(ruleDue, VictimCaseRetentions.dueAt(c, List.of(), () -> ONE_YEAR));
        assertEquals(ruleDue, VictimCaseRetentions.dueAt(c, List.of(extension(c, "earlier", "2026-12-01T00:00:00Z")), () -> ONE_YEAR),
                "an extension ending before the period does not shorten it");
        assertEquals(ruleDue, VictimCaseRetentions.dueAt(c, List.of(extension(c, "same", "2027-01-10T08:00:00Z")), () -> ONE_YEAR));
        assertEquals(Instant.parse("2027-06-01T00:00:00Z"), VictimCaseRetentions.dueAt(c, List.of(
                extension(c, "later", "2027-06-01T00:00:00Z"), extension(c, "less late", "2027-03-01T00:00:00Z")), () -> ONE_YEAR),
                "the latest end counts, whatever the order");
        assertNull(VictimCaseRetentions.dueAt(new VictimCaseHold(c.id(), MemberState.NL, false, null), List.of(), NO_RULE), "not withdrawn");
        assertNull(VictimCaseRetentions.dueAt(new VictimCaseHold(c.id(), MemberState.NL, true, WITHDRAWN), List.of(), NO_RULE), "anonymised");
    }

    @Test
    void eachCaseGetsItsOwnExtensionsAndDueDateAndTheRuleIsReadOnce() {
        VictimCaseHold a = withdrawn(MemberState.NL);
        VictimCaseHold b = withdrawn(MemberState.NL);
        VictimCaseHold none = withdrawn(MemberState.NL);
        VictimCaseHold open = new VictimCaseHold(VictimCaseId.random(), MemberState.NL, false, null);
        VictimCaseHold erased = new VictimCaseHold(VictimCaseId.random(), MemberState.NL, true, WITHDRAWN);
        RetentionExtensionView a1 = extension(a, "A first", "2027-02-01T00:00:00Z");
        RetentionExtensionView a2 = extension(a, "A second", "2027-04-01T00:00:00Z");
        RetentionExtensionView b1 = extension(b, "B only", "2027-08-01T00:00:00Z");
        AtomicInteger reads = new AtomicInteger();
        Map<VictimCaseId, VictimCaseRetention> page = VictimCaseRetentions.of(List.of(a, b, none, open, erased), List.of(a1, b1, a2),
                () -> {
                    reads.incrementAndGet();
                    return ONE_YEAR;
                }, "P12M");

        assertEquals(List.of(a.id(), b.id(), none.id(), open.id(), erased.id()), List.copyOf(page.keySet()), "in the order given");
        assertEquals(new VictimCaseRetention(WITHDRAWN, a2.until(), false, "P12M", List.of(a1, a2)), page.get(a.id()));
        assertEquals(new VictimCaseRetention(WITHDRAWN, b1.until(), false, "P12M", List.of(b1)), page.get(b.id()));
        assertEquals(new VictimCaseRetention(WITHDRAWN, Instant.parse("2027-01-10T08:00:00Z"), false, "P12M", List.of()), page.get(none.id()));
        assertEquals(new VictimCaseRetention(null, null, false, "P12M", List.of()), page.get(open.id()));
        assertEquals(new VictimCaseRetention(WITHDRAWN, null, true, "P12M", List.of()), page.get(erased.id()));
        assertEquals(1, reads.get(), "one read of the rule for the page");
        assertTrue(VictimCaseRetentions.of(List.of(open), List.of(), NO_RULE, "P12M").get(open.id()).extensions().isEmpty());
    }
}
