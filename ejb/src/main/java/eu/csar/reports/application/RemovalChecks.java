package eu.csar.reports.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.api.ProfileRef;
import eu.csar.legal.application.LegalProfiles;
import eu.csar.reports.api.PublicMaterialId;
import eu.csar.reports.api.PublicMaterialState;
import eu.csar.reports.api.RemovalCheckOutcome;
import eu.csar.reports.api.ReportId;
import eu.csar.reports.api.ReportState;
import eu.csar.reports.domain.PublicMaterial;
import eu.csar.reports.domain.PublicMaterialRepository;
import eu.csar.reports.domain.PublicMaterialSearch;
import eu.csar.reports.domain.RemovalCheck;
import eu.csar.reports.domain.Report;
import eu.csar.reports.domain.ReportAction;
import eu.csar.reports.domain.ReportRepository;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The EU Centre checks that reported public material was removed, and records when (issue 11 §4,
 * last point; Art 49(1) of COM(2022) 209, the Centre's searches of publicly accessible material).
 * Once the Centre decided to forward a report (FORWARD_DECIDED or FORWARDED) that names public URLs,
 * each URL is watched ({@link #watch}): checked at once, then every {@code report.removal-check-interval}
 * of the profile pinned at the decision, until {@code report.removal-check-until} after the decision.
 * {@link RemovalCheckSweep} asks each due URL with {@link RemovalProbe} (HEAD only, never the body)
 * outside any transaction and {@link #record}s the answer: a row of the check log and an audit entry
 * per check, {@code removed_at} once when it is gone (the rules: {@link PublicMaterial#record}), all as
 * {@code system}. The provider reads the result in its report's feedback, the reviewer on the report's
 * page; {@link #stillOnline} lists what was still online when the checks ended. Centre staff page
 * through every watched URL by state, URL fragment and report ({@link #list}) and read a URL's check log ({@link #history});
 * a centre administrator asks for a check at once ({@link #checkNow}), which the sweep makes within
 * its period (no request from the caller's thread). Every read and request is audited. These are the
 * EU Centre's own records of every report it forwarded: centre staff work at EU level, so no
 * Member State or provider narrows them; any other role is refused.
 */
@Stateless
public class RemovalChecks {

    static final String PURPOSE = "removal check of reported public material (Art 49(1))";
    /** At most this many URLs listed as still online in one read. */
    static final int MAX_LISTED = 500;

    @Inject
    PublicMaterialRepository material;

    @Inject
    ReportRepository reports;

    @Inject
    LegalProfiles profiles;

    @Inject
    AuditRecorder audit;

    @Inject
    Clock clock;

    /** A URL due for a check: what to ask, and when it was due (a check recorded meanwhile by another node makes it stale). */
    public record Due(UUID id, String url, Instant dueAt) implements Serializable {
    }

    /** A public URL still online when its checks ended, for a reviewer or an operator to act on. */
    public record StillOnline(UUID reportId, int position, String url, Instant watchedSince, Instant checkedUntil,
                              Instant lastCheckedAt, String lastOutcome, Integer lastStatus, int checks) implements Serializable {
    }

    /** One watched public URL of a report, for the centre's list. */
    public record Watched(UUID id, UUID reportId, int position, String url, PublicMaterialState state, Instant reportedAt,
                          Instant watchedSince, Instant checkedUntil, Instant nextCheckAt, Instant lastCheckedAt,
                          RemovalCheckOutcome lastOutcome, Integer lastStatus, Instant removedAt, int checks) implements Serializable {

        static Watched of(PublicMaterial m, Instant reportedAt) {
            return new Watched(m.id(), m.reportId(), m.position(), m.url(), m.state(), reportedAt, m.watchedSince(), m.giveUpAt(),
                    m.nextCheckAt(), m.lastCheckedAt(), m.lastOutcome(), m.lastStatus(), m.removedAt(), m.checks());
        }

        /** Whether a centre administrator may ask for a check at once (checks go on, or ended with it still online). */
        public boolean checkable() {
            return state == PublicMaterialState.CHECKING || state == PublicMaterialState.STILL_ONLINE;
        }
    }

    /** One page of the list and how many URLs the filter holds in all. */
    public record WatchedPage(List<Watched> items, long total) implements Serializable {
    }

    /** One row of a URL's check log: when, what came of it, the HTTP status (null: no answer), a short detail. */
    public record Check(Instant at, RemovalCheckOutcome outcome, Integer httpStatus, String detail) implements Serializable {
    }

    /** Reports decided for forwarding whose public URLs are not watched yet (at most {@code max}). */
    @RolesAllowed(Roles.SYSTEM)
    public List<UUID> unwatched(int max) {
        return material.reportsToWatch(max);
    }

    /**
     * Starts the checks of the report's public URLs, the first due at once; nothing when they began
     * already or the report was not decided for forwarding. Returns how many URLs are watched now.
     */
    @RolesAllowed(Roles.SYSTEM)
    public int watch(@NotNull ReportId id) {
        Report report = reports.findForUpdate(id).orElseThrow(() -> new IllegalArgumentException("no report " + id));
        if (!Set.of(ReportState.FORWARD_DECIDED, ReportState.FORWARDED).contains(report.state()) || !material.of(id).isEmpty()) {
            return 0;
        }
        ProfileRef profile = new ProfileRef(report.review().profile(), report.review().profileVersion());
        LegalPeriod interval = LegalPeriod.parse(profiles.period(profile, ProfileKey.REPORT__REMOVAL_CHECK_INTERVAL));
        LegalPeriod until = LegalPeriod.parse(profiles.period(profile, ProfileKey.REPORT__REMOVAL_CHECK_UNTIL));
        Instant now = clock.instant();
        Instant giveUp = until.after(report.review().decidedAt());
        List<String> urls = report.publicUrls();
        for (int i = 0; i < urls.size(); i++) {
            material.add(PublicMaterial.watch(report.id().value(), i + 1, urls.get(i), interval, now, giveUp));
        }
        material.flush();
        audit.success(ReportAction.REPORT_REMOVAL_CHECKS_STARTED, id, PURPOSE + "; " + urls.size() + " URL(s), every "
                + interval.iso() + " until " + giveUp + " (" + until.iso() + " after the decision, " + profile + ")");
        return urls.size();
    }

    /** The URLs due for a check by the platform clock, at most {@code max}. */
    @RolesAllowed(Roles.SYSTEM)
    public List<Due> due(int max) {
        return material.due(clock.instant(), max).stream().map(m -> new Due(m.id(), m.url(), m.nextCheckAt())).toList();
    }

    /**
     * Records what the check of {@code due} found ({@code outcome}, the HTTP status when an answer came, a short detail), at the platform clock's time: a row of the check log,
     * the URL's new state, an audit entry, and when it is found gone its {@code removed_at} with an entry
     * of its own. Nothing when another node holds or already recorded it (the URL is no longer due at
     * {@code due.dueAt()}); returns the state after the check, or empty for nothing recorded.
     */
    @RolesAllowed(Roles.SYSTEM)
    public Optional<PublicMaterialState> record(@NotNull Due due, @NotNull RemovalCheckOutcome outcome, Integer httpStatus,
                                                String detail) {
        Optional<PublicMaterial> locked = material.lockIfFree(due.id())
                .filter(m -> m.state().checking() && due.dueAt().equals(m.nextCheckAt()));
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        PublicMaterial m = locked.get();
        RemovalCheck check = m.record(outcome, httpStatus, detail, clock.instant());
        material.log(check);
        material.flush();
        ReportId report = new ReportId(m.reportId());
        audit.success(ReportAction.REPORT_REMOVAL_CHECKED, report, PURPOSE + "; URL " + m.position() + ": " + outcome
                + (httpStatus == null ? "" : " (HTTP " + httpStatus + ")") + "; " + m.state()
                + (m.nextCheckAt() == null ? "" : ", next check " + m.nextCheckAt()));
        if (m.state() == PublicMaterialState.REMOVED) {
            audit.success(ReportAction.REPORT_MATERIAL_REMOVED, report, PURPOSE + "; URL " + m.position() + " removed at "
                    + m.removedAt() + " (" + outcome + ", check " + m.checks() + ")");
        }
        return Optional.of(m.state());
    }

    /**
     * The public URLs still online when their checks ended (STILL_ONLINE), the earliest end first: for
     * a reviewer or an operator to follow up (a removal order, a notice to the hosting provider).
     * Narrowed, when given, to URLs containing {@code url} (ignoring case, trimmed, at most 2,000
     * characters; {@code %} and {@code _} match themselves) and to report {@code report}. Audited as a
     * read of case data.
     */
    @RolesAllowed({Roles.CENTRE_REVIEWER, Roles.CENTRE_ADMIN, Roles.CENTRE_AUDITOR})
    public List<StillOnline> stillOnline(String url, ReportId report) {
        PublicMaterialSearch search = search(PublicMaterialState.STILL_ONLINE, url, report);
        List<StillOnline> rows = material.search(search, MAX_LISTED).stream()
                .map(m -> new StillOnline(m.reportId(), m.position(), m.url(), m.watchedSince(), m.giveUpAt(), m.lastCheckedAt(),
                        m.lastOutcome() == null ? null : m.lastOutcome().name(), m.lastStatus(), m.checks()))
                .toList();
        audit.success(ReportAction.REPORT_MATERIAL_LIST_READ, report, PURPOSE + "; still online after the checks"
                + searched(search) + ": " + rows.size());
        return rows;
    }

    /**
     * One page of the watched public URLs in {@code state} (null: all, STILL_ONLINE first, then
     * CHECKING, REMOVED, NOT_CHECKABLE), within a state the earliest end of checking first; narrowed,
     * when given, to URLs containing {@code url} (ignoring case, trimmed, at most 2,000 characters,
     * longer refused naming {@code url}; {@code %} and {@code _} match themselves) and to report
     * {@code report}. Audited as a read of case data: the filters, never the URL fragment itself
     * (the audit trail names no reported URL), only its length.
     */
    @RolesAllowed({Roles.CENTRE_REVIEWER, Roles.CENTRE_ADMIN, Roles.CENTRE_AUDITOR})
    public WatchedPage list(PublicMaterialState state, String url, ReportId report, @Min(0) int first, @Min(1) @Max(100) int size) {
        PublicMaterialSearch search = search(state, url, report);
        long total = material.count(search);
        List<PublicMaterial> found = material.page(search, first, size);
        Map<UUID, Instant> reported = material.reportedAt(found.stream().map(PublicMaterial::reportId).distinct().toList());
        List<Watched> items = found.stream().map(m -> Watched.of(m, reported.get(m.reportId()))).toList();
        audit.success(ReportAction.REPORT_MATERIAL_LIST_READ, report, PURPOSE + "; " + (state == null ? "all states" : state)
                + searched(search) + ": " + items.size() + " of " + total + " from " + first);
        return new WatchedPage(items, total);
    }

    private static PublicMaterialSearch search(PublicMaterialState state, String url, ReportId report) {
        return PublicMaterialSearch.of(state, url, report == null ? null : report.value());
    }

    /** The search for the audit entry: the fragment's length, never the fragment (a reported URL); the report is the entry's object. */
    private static String searched(PublicMaterialSearch search) {
        return (search.url() == null ? "" : ", URL containing a text of " + search.url().length() + " character(s)")
                + (search.report() == null ? "" : ", of this report");
    }

    /** The check log of watched URL {@code id}, oldest first; unknown: {@link UnknownObjectException}. Audited. */
    @RolesAllowed({Roles.CENTRE_REVIEWER, Roles.CENTRE_ADMIN, Roles.CENTRE_AUDITOR})
    public List<Check> history(@NotNull PublicMaterialId id) {
        PublicMaterial m = material.find(id.value()).orElseThrow(() -> unknown(ReportAction.REPORT_MATERIAL_CHECKS_READ, id));
        List<Check> log = material.checks(id.value()).stream().map(c -> new Check(c.checkedAt(), c.outcome(), c.httpStatus(), c.detail()))
                .toList();
        audit.success(ReportAction.REPORT_MATERIAL_CHECKS_READ, new ReportId(m.reportId()), PURPOSE + "; URL " + m.position()
                + ": " + log.size() + " check(s)");
        return log;
    }

    /**
     * Asks for a check of watched URL {@code id} at once ({@link PublicMaterial#requestCheck}): the sweep
     * makes it within its period, with HEAD only, as every check. Unknown: {@link UnknownObjectException};
     * removed or not checkable: {@link RuleViolationException}; both audited as refusals.
     */
    @RolesAllowed(Roles.CENTRE_ADMIN)
    public Watched checkNow(@NotNull PublicMaterialId id) {
        PublicMaterial m = material.findForUpdate(id.value()).orElseThrow(() -> unknown(ReportAction.REPORT_REMOVAL_CHECK_REQUESTED, id));
        ReportId report = new ReportId(m.reportId());
        PublicMaterialState was = m.state();
        try {
            m.requestCheck(clock.instant());
        } catch (RuleViolationException e) {
            audit.refusal(ReportAction.REPORT_REMOVAL_CHECK_REQUESTED, report, PURPOSE + "; " + e.getMessage(), AuditOutcome.REFUSED);
            throw e;
        }
        material.flush();
        audit.success(ReportAction.REPORT_REMOVAL_CHECK_REQUESTED, report, PURPOSE + "; URL " + m.position() + " was " + was
                + " after " + m.checks() + " check(s): due " + m.nextCheckAt());
        return Watched.of(m, material.reportedAt(List.of(m.reportId())).get(m.reportId()));
    }

    private UnknownObjectException unknown(ReportAction action, PublicMaterialId id) {
        audit.refusal(action, null, PURPOSE + "; no public URL " + id, AuditOutcome.NOT_FOUND);
        return new UnknownObjectException("PublicMaterial", id);
    }
}
