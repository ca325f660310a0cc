package eu.csar.reports.domain;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.reports.api.PublicMaterialState;
import eu.csar.reports.api.RemovalCheckOutcome;
import eu.csar.shared.domain.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * One publicly accessible URL of a report that the EU Centre checks for removal (issue 11 §4, last
 * point; Art 49(1) of COM(2022) 209), once the Centre decided to forward the report: asked at once,
 * then every {@code checkInterval} (the legal profile's {@code report.removal-check-interval}) until
 * it is gone or {@code giveUpAt} ({@code report.removal-check-until} after the decision) has passed.
 * The rules ({@link #record}):
 * <ul>
 * <li>404, 410 or 451: REMOVED, {@code removedAt} the time of that check, once (a removed URL is never
 *     asked again);</li>
 * <li>the host no longer resolves: REMOVED only when the check before found the same (a name server
 *     may fail for a while), {@code removedAt} the time of the second such check;</li>
 * <li>the host is a private or loopback address: NOT_CHECKABLE, never asked again;</li>
 * <li>anything else (online, a redirect, restricted, an error, no answer): checked again after the
 *     interval, the last check at {@code giveUpAt} at the latest; a check at or after {@code giveUpAt}
 *     that does not find it gone makes it STILL_ONLINE (listed for reviewers and operators).</li>
 * </ul>
 * A centre administrator may ask for a check at once ({@link #requestCheck}): a URL being checked is
 * due now, a STILL_ONLINE one is checked once more (CHECKING, due now: the period is over, so the
 * check either finds it gone or makes it STILL_ONLINE again). A removed or not checkable URL is never
 * asked again.
 */
@Entity
@Table(name = "report_public_material")
public class PublicMaterial {

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "report_id", nullable = false, updatable = false)
    private UUID reportId;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Column(name = "url", nullable = false, updatable = false)
    private String url;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private PublicMaterialState state;

    @Column(name = "check_interval", nullable = false, updatable = false)
    private String checkInterval;

    @Column(name = "checks", nullable = false)
    private int checks;

    @Column(name = "watched_since", nullable = false, updatable = false)
    private Instant watchedSince;

    @Column(name = "give_up_at", nullable = false, updatable = false)
    private Instant giveUpAt;

    @Column(name = "next_check_at")
    private Instant nextCheckAt;

    @Column(name = "last_checked_at")
    private Instant lastCheckedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_outcome")
    private RemovalCheckOutcome lastOutcome;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "removed_at")
    private Instant removedAt;

    protected PublicMaterial() {
    }

    /**
     * Starts checking the report's URL at {@code position} from {@code since} (the first check is due
     * at once), every {@code interval}, until {@code giveUpAt}.
     */
    public static PublicMaterial watch(UUID reportId, int position, String url, LegalPeriod interval, Instant since,
                                       Instant giveUpAt) {
        PublicMaterial m = new PublicMaterial();
        m.id = UUID.randomUUID();
        m.reportId = Objects.requireNonNull(reportId, "reportId");
        m.position = position;
        m.url = Objects.requireNonNull(url, "url");
        m.checkInterval = interval.iso();
        m.state = PublicMaterialState.CHECKING;
        m.watchedSince = micros(since);
        m.giveUpAt = micros(giveUpAt);
        m.nextCheckAt = m.watchedSince;
        return m;
    }

    /**
     * Records a check made at {@code at} that found {@code outcome} (with the HTTP status, if an answer
     * came), moves the state by the rules above, and returns the row of the check log. A URL whose
     * checks are over records nothing (a check that raced with another node's).
     *
     * @throws IllegalStateException when the checks are over (REMOVED, STILL_ONLINE, NOT_CHECKABLE)
     */
    public RemovalCheck record(RemovalCheckOutcome outcome, Integer httpStatus, String detail, Instant at) {
        if (!state.checking()) {
            throw new IllegalStateException("the checks of " + id + " are over: " + state);
        }
        Instant now = micros(at);
        boolean hostGoneTwice = outcome == RemovalCheckOutcome.HOST_UNKNOWN && lastOutcome == RemovalCheckOutcome.HOST_UNKNOWN;
        checks++;
        lastCheckedAt = now;
        lastOutcome = outcome;
        lastStatus = httpStatus;
        if (outcome.removes() || hostGoneTwice) {
            state = PublicMaterialState.REMOVED;
            removedAt = now;
            nextCheckAt = null;
        } else if (outcome == RemovalCheckOutcome.ADDRESS_REFUSED) {
            state = PublicMaterialState.NOT_CHECKABLE;
            nextCheckAt = null;
        } else if (!now.isBefore(giveUpAt)) {
            state = PublicMaterialState.STILL_ONLINE;
            nextCheckAt = null;
        } else {
            Instant next = micros(LegalPeriod.parse(checkInterval).after(now));
            nextCheckAt = next.isAfter(giveUpAt) ? giveUpAt : next;
        }
        return new RemovalCheck(id, outcome, httpStatus, detail, now);
    }

    /**
     * Makes the URL due for a check at {@code at} (a centre administrator's "check now"), for the
     * removal-check sweep to ask: due at once when CHECKING (an earlier due time stays, so a check
     * under way is not dropped), checked once more when STILL_ONLINE.
     *
     * @throws RuleViolationException (NOT_PERMITTED_IN_STATE) when REMOVED or NOT_CHECKABLE
     */
    public void requestCheck(Instant at) {
        Instant now = micros(at);
        if (state == PublicMaterialState.STILL_ONLINE) {
            state = PublicMaterialState.CHECKING;
            nextCheckAt = now;
        } else if (state.checking()) {
            nextCheckAt = nextCheckAt.isAfter(now) ? now : nextCheckAt;
        } else {
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, "state",
                    "public URL " + position + " of report " + reportId + " is " + state + ": it is not asked again");
        }
    }

    /** Whether it is due for a check at {@code at}. */
    public boolean dueAt(Instant at) {
        return state.checking() && !nextCheckAt.isAfter(at);
    }

    private static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public UUID id() {
        return id;
    }

    public UUID reportId() {
        return reportId;
    }

    public int position() {
        return position;
    }

    public String url() {
        return url;
    }

    public PublicMaterialState state() {
        return state;
    }

    public LegalPeriod checkInterval() {
        return LegalPeriod.parse(checkInterval);
    }

    public int checks() {
        return checks;
    }

    public Instant watchedSince() {
        return watchedSince;
    }

    public Instant giveUpAt() {
        return giveUpAt;
    }

    public Instant nextCheckAt() {
        return nextCheckAt;
    }

    public Instant lastCheckedAt() {
        return lastCheckedAt;
    }

    public RemovalCheckOutcome lastOutcome() {
        return lastOutcome;
    }

    public Integer lastStatus() {
        return lastStatus;
    }

    public Instant removedAt() {
        return removedAt;
    }
}
