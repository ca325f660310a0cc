package eu.csar.victims.application;

import eu.csar.audit.api.AccountlessActor;
import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AccountlessActing;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.indicators.api.IndicatorKind;
import eu.csar.indicators.api.SubmissionId;
import eu.csar.indicators.api.SubmittedHash;
import eu.csar.indicators.api.VictimSubmission;
import eu.csar.indicators.application.VictimIndicators;
import eu.csar.notification.api.NoticeSubject;
import eu.csar.notification.application.Notices;
import eu.csar.reports.api.EvidenceKind;
import eu.csar.reports.api.HashProbe;
import eu.csar.reports.api.ReportTrace;
import eu.csar.reports.application.ReportTraces;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import eu.csar.victims.api.SignInOutcome;
import eu.csar.victims.api.VictimCaseId;
import eu.csar.victims.domain.AccessLimits;
import eu.csar.victims.domain.VictimAction;
import eu.csar.victims.domain.VictimCase;
import eu.csar.victims.domain.VictimCaseRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The survivor's victim page (Art 20-21), without an account. A sign-in with the case number and
 * the access code opens a session bound to that case (a random token, kept by the page in its HTTP
 * session and here only as a hash, for {@code csar.victim.session-minutes}); the code is not spent
 * by signing in: it stays valid until the Coordinating Authority revokes or replaces it, so the
 * survivor can come back to read the summary or withdraw. Wrong codes are counted per case (the
 * limit locks the case for a while) and per client address ({@link VictimSettings}). Every other
 * method takes the session token; an ended session is unknown. Every step is audited with the case
 * id, a refused sign-in too. The survivor has no account: the entries of a signed-in step, down to
 * the indicator submission and the inbox notice it causes, name the actor {@code victim:<case number>}
 * ({@link AccountlessActing}), a sign-in not yet proven by the code {@code victim:unverified}; never
 * anything the survivor typed.
 *
 * <p>Open to everyone ({@code @PermitAll}): the session token is the survivor's only credential and
 * is checked here, not in the page.
 */
@Stateless
public class VictimAccess {

    private static final String PURPOSE = "victim page (Art 20-21)";
    private static final String WITHDRAWN = "withdrawn by the survivor (Art 20-21)";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String ROLE = "victim";
    private static final AccountlessActor UNVERIFIED = new AccountlessActor(ROLE, "unverified", null);

    @Inject
    VictimCaseRepository cases;

    @Inject
    VictimSettings settings;

    @Inject
    VictimIndicators victimIndicators;

    @Inject
    ReportTraces reportTraces;

    @Inject
    Notices notices;

    @Inject
    AuditRecorder audit;

    @Inject
    AccountlessActing acting;

    @Inject
    Clock clock;

    /** One sign-in from {@code clientAddress} (its hash is what is kept). */
    @PermitAll
    public SignIn signIn(@Size(max = 64) String caseNumber, @Size(max = 64) String code, @NotNull String clientAddress) {
        AccessLimits limits = settings.limits();
        Instant now = clock.instant();
        String address = sha256("victim-page-address:" + clientAddress);
        VictimCaseRepository.AddressFailures failures = cases.addressFailures(address);
        Optional<VictimCaseId> id = caseNumber == null ? Optional.empty() : cases.byCaseNumber(caseNumber.strip().toUpperCase());
        if (limits.addressBlocked(failures.failures(), failures.windowStart(), now)) {
            acting.as(UNVERIFIED, () -> audit.refusal(VictimAction.VICTIM_SIGNED_IN, id.orElse(null),
                    PURPOSE + "; too many wrong sign-ins from the address", AuditOutcome.REFUSED));
            return new SignIn(SignInOutcome.ADDRESS_LIMITED, null, failures.windowStart().plus(limits.addressWindow()));
        }
        Optional<VictimCase> found = id.flatMap(cases::findForUpdate);
        boolean lockedBefore = found.map(c -> c.locked(now)).orElse(false);
        SignInOutcome outcome = found.map(c -> c.signIn(code, now, limits)).orElse(SignInOutcome.WRONG_CODE);
        if (outcome == SignInOutcome.SIGNED_IN) {
            VictimCase signedIn = found.get();
            byte[] raw = new byte[32];
            RANDOM.nextBytes(raw);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
            cases.addSession(sha256(token), signedIn.id(), now, now.plus(limits.sessionFor()));
            acting.as(actor(signedIn), () -> audit.success(VictimAction.VICTIM_SIGNED_IN, signedIn.id(), PURPOSE));
            return new SignIn(outcome, token, null);
        }
        // a code was checked and was wrong (a lock does not check it): it counts for the address too
        if (outcome == SignInOutcome.WRONG_CODE || outcome == SignInOutcome.LOCKED && !lockedBefore) {
            boolean sameWindow = failures.windowStart() != null && limits.inWindow(failures.windowStart(), now);
            cases.putAddressFailures(address, sameWindow ? failures.failures() + 1 : 1, sameWindow ? failures.windowStart() : now);
        }
        AccountlessActor unverified = new AccountlessActor(ROLE, UNVERIFIED.reference(), found.map(VictimCase::memberState).orElse(null));
        acting.as(unverified, () -> audit.refusal(VictimAction.VICTIM_SIGNED_IN, id.orElse(null), PURPOSE + "; " + outcome,
                AuditOutcome.REFUSED));
        return new SignIn(outcome, null, outcome == SignInOutcome.LOCKED ? found.get().lockedUntil() : null);
    }

    /** The case number of the session's case (what the page shows at the top). */
    @PermitAll
    public String caseNumber(@NotNull String sessionToken) {
        return signedIn(sessionToken).caseNumber();
    }

    /** Sends the survivor's hash lines as a VICTIM_REQUEST submission linked to the case; file names are never kept. */
    @PermitAll
    public VictimSubmission submit(@NotNull String sessionToken, @NotNull List<String> lines) {
        VictimCase c = signedIn(sessionToken);
        return acting.as(actor(c), () -> submit(c, lines));
    }

    private VictimSubmission submit(VictimCase c, List<String> lines) {
        VictimSubmission sent;
        try {
            sent = victimIndicators.submit(c.memberState(), c.caseNumber(), lines);
        } catch (RuleViolationException e) {
            audit.refusal(VictimAction.VICTIM_HASHES_SUBMITTED, c.id(), PURPOSE, AuditOutcome.REFUSED);
            throw e;
        }
        cases.addSubmission(c.id(), sent.id().value(), clock.instant());
        audit.success(VictimAction.VICTIM_HASHES_SUBMITTED, c.id(), PURPOSE + "; submission " + sent.id() + ", "
                + sent.accepted() + " new, " + sent.linked() + " linked, " + sent.refused() + " refused");
        return sent;
    }

    /** What the survivor may learn (Art 20): their hashes and the reports that held matching items. */
    @PermitAll
    public VictimSummary summary(@NotNull String sessionToken) {
        VictimCase c = signedIn(sessionToken);
        return acting.as(actor(c), () -> summary(c));
    }

    private VictimSummary summary(VictimCase c) {
        List<SubmittedHash> hashes = victimIndicators.hashes(submissions(c));
        List<HashProbe> probes = new ArrayList<>();
        List<Integer> probed = new ArrayList<>();
        for (int i = 0; i < hashes.size(); i++) {
            SubmittedHash h = hashes.get(i);
            if (!h.refused() && h.kind() != IndicatorKind.URL) {
                probes.add(new HashProbe(EvidenceKind.valueOf(h.kind().name()), h.value()));
                probed.add(i);
            }
        }
        List<List<ReportTrace>> traces = reportTraces.traces(probes);
        List<VictimSummary.Item> items = new ArrayList<>();
        for (int i = 0; i < hashes.size(); i++) {
            int at = probed.indexOf(i);
            items.add(new VictimSummary.Item(hashes.get(i), at < 0 ? List.of() : traces.get(at)));
        }
        audit.success(VictimAction.VICTIM_SUMMARY_READ, c.id(), PURPOSE + "; " + hashes.size() + " hashes");
        return new VictimSummary(c.caseNumber(), items, c.withdrawnAt() != null);
    }

    /** Asks the Coordinating Authority of the case for help with removal (Art 21): a notice in its inbox. */
    @PermitAll
    public void requestRemovalHelp(@NotNull String sessionToken) {
        VictimCase c = signedIn(sessionToken);
        Instant now = clock.instant();
        acting.as(actor(c), () -> {
            notices.victimAskedForRemovalHelp(c.memberState(), new NoticeSubject("VictimCase", c.id().value(), c.caseNumber()),
                    "victim-removal-help:" + c.id() + ":" + now.toEpochMilli());
            audit.success(VictimAction.VICTIM_REMOVAL_HELP_REQUESTED, c.id(), PURPOSE + "; Art 21, to the Coordinating Authority of "
                    + c.memberState());
        });
    }

    /** Withdraws every hash the survivor sent (only their provenance links); returns how many were withdrawn. */
    @PermitAll
    public int withdraw(@NotNull String sessionToken) {
        VictimCase c = signedIn(sessionToken);
        return acting.as(actor(c), () -> {
            int withdrawn = victimIndicators.withdraw(submissions(c), WITHDRAWN);
            c.withdrawn(clock.instant());
            audit.success(VictimAction.VICTIM_HASHES_WITHDRAWN, c.id(), PURPOSE + "; " + withdrawn + " hashes withdrawn");
            return withdrawn;
        });
    }

    @PermitAll
    public void signOut(@NotNull String sessionToken) {
        Optional<VictimCase> signedIn = cases.sessionCase(sha256(sessionToken), clock.instant()).flatMap(cases::find);
        cases.endSession(sha256(sessionToken));
        signedIn.ifPresent(c -> acting.as(actor(c), () -> audit.success(VictimAction.VICTIM_SIGNED_OUT, c.id(), PURPOSE)));
    }

    /** The survivor as the audit trail names them: by the case number, which the Coordinating Authority's file links to them. */
    static AccountlessActor actor(VictimCase c) {
        return new AccountlessActor(ROLE, c.caseNumber(), c.memberState());
    }

    private List<SubmissionId> submissions(VictimCase c) {
        return cases.submissions(c.id()).stream().map(SubmissionId::new).toList();
    }

    private VictimCase signedIn(String sessionToken) {
        return cases.sessionCase(sha256(sessionToken), clock.instant()).flatMap(cases::find)
                .orElseThrow(() -> new UnknownObjectException("Victim page session", "ended"));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
