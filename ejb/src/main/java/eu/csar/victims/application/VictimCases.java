package eu.csar.victims.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import eu.csar.victims.api.VictimCaseId;
import eu.csar.victims.domain.AccessCode;
import eu.csar.victims.domain.VictimAction;
import eu.csar.victims.domain.VictimCase;
import eu.csar.victims.domain.VictimCaseRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The Coordinating Authority's side of victim cases (Art 20-21): it opens a case for a survivor living
 * in its Member State (a contact reference only: its own file number, never a name), gets the
 * first access code, shown once, and can revoke the code or issue a new one (which replaces the old
 * and ends every victim-page session of the case). Another Member State's case is unknown (404).
 */
@Stateless
public class VictimCases {

    private static final String PURPOSE = "victim case (Art 20-21)";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    VictimCaseRepository cases;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Opens a case for {@code memberState} (null: the one the authority acts for) with its first access code. */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public IssuedCode open(@NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}\\p{Cf}]*",
            message = "must be plain text") String contactReference, MemberState memberState) {
        MemberState state = memberStateOf(memberState);
        Instant now = clock.instant();
        VictimCase opened = VictimCase.open(AccessCode.caseNumber(RANDOM, state.name()), state, contactReference.trim(),
                audit.actorName(), now);
        String code = AccessCode.generate(RANDOM);
        opened.issueCode(AccessCode.hash(code, RANDOM), now);
        cases.add(opened);
        cases.flush();
        audit.success(VictimAction.VICTIM_CASE_OPENED, opened.id(), PURPOSE + "; " + state);
        audit.success(VictimAction.VICTIM_ACCESS_CODE_ISSUED, opened.id(), PURPOSE + "; first code");
        return new IssuedCode(view(opened), code);
    }

    /** The cases of the authority's Member States, newest first. */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public List<VictimCaseView> list() {
        List<VictimCase> found = cases.ofMemberStates(caller.memberStates(), 500);
        Map<UUID, Integer> submissions = cases.submissionCounts(found.stream().map(c -> c.id().value()).toList());
        List<VictimCaseView> list = found.stream().map(c -> view(c, submissions.getOrDefault(c.id().value(), 0))).toList();
        audit.success(VictimAction.VICTIM_CASE_LIST_READ, null, PURPOSE);
        return list;
    }

    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public VictimCaseView get(@NotNull VictimCaseId id) {
        VictimCase found = visible(id, VictimAction.VICTIM_CASE_READ);
        audit.success(VictimAction.VICTIM_CASE_READ, id, PURPOSE);
        return view(found);
    }

    /** A new code (shown once): the old one stops working, the case is unlocked, every session of the case ends. */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public IssuedCode issueCode(@NotNull VictimCaseId id) {
        VictimCase found = visible(id, VictimAction.VICTIM_ACCESS_CODE_ISSUED);
        Instant now = clock.instant();
        String code = AccessCode.generate(RANDOM);
        found.issueCode(AccessCode.hash(code, RANDOM), now);
        cases.endSessions(id, now);
        audit.success(VictimAction.VICTIM_ACCESS_CODE_ISSUED, id, PURPOSE + "; new code");
        return new IssuedCode(view(found), code);
    }

    /** The code stops working at once and every session of the case ends. */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public VictimCaseView revokeCode(@NotNull VictimCaseId id) {
        VictimCase found = visible(id, VictimAction.VICTIM_ACCESS_CODE_REVOKED);
        Instant now = clock.instant();
        try {
            found.revokeCode(now);
        } catch (RuleViolationException e) {
            audit.refusal(VictimAction.VICTIM_ACCESS_CODE_REVOKED, id, PURPOSE, AuditOutcome.REFUSED);
            throw e;
        }
        cases.endSessions(id, now);
        audit.success(VictimAction.VICTIM_ACCESS_CODE_REVOKED, id, PURPOSE);
        return view(found);
    }

    private VictimCase visible(VictimCaseId id, VictimAction action) {
        return cases.findForUpdate(id).filter(c -> caller.memberStates().contains(c.memberState())).orElseThrow(() -> {
            audit.refusal(action, id, PURPOSE, AuditOutcome.NOT_FOUND);
            return new UnknownObjectException("Victim case", id);
        });
    }

    private VictimCaseView view(VictimCase c) {
        return view(c, cases.submissions(c.id()).size());
    }

    private static VictimCaseView view(VictimCase c, int submissions) {
        return new VictimCaseView(c.id(), c.caseNumber(), c.memberState(), c.contactReference(), c.openedBy(), c.openedAt(),
                c.hasCode(), c.codeIssuedAt(), c.codeRevokedAt(), c.lockedUntil(), c.withdrawnAt(), submissions);
    }

    private MemberState memberStateOf(MemberState chosen) {
        Set<MemberState> held = caller.memberStates();
        if (chosen != null ? !held.contains(chosen) : held.size() != 1) {
            audit.refusal(VictimAction.VICTIM_CASE_OPENED, null, PURPOSE, AuditOutcome.REFUSED);
            throw RuleViolationException.invalid("memberState", chosen != null
                    ? "You do not act for " + chosen
                    : "Choose the Member State where the survivor lives: one of " + new TreeSet<>(held));
        }
        return chosen != null ? chosen : held.iterator().next();
    }
}
