package eu.csar.technologies.domain;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.shared.domain.RuleViolationException;

import java.time.Instant;

import static eu.csar.shared.domain.DomainInputs.micros;

/**
 * When the consulted body (the Technology Committee, then the EDPB) may extend the period of its opinion
 * (Art 50(1)): once, before the period ends, and, when the profile gives a notice period
 * ({@code technology.opinion-extension-notice-period}, one month), announced within it from the request
 * ("within one month of receipt of the request"): exactly at its end is in time, later is refused. Each
 * refusal is "not permitted in this state", at the field {@code reason}.
 */
final class OpinionExtension {

    private OpinionExtension() {
    }

    /**
     * Refuses an extension announced at {@code at} of the period requested at {@code requestedAt} and due at
     * {@code dueAt}, already extended or not; {@code noticePeriod} null: no notice limit.
     */
    static void check(boolean extended, Instant requestedAt, Instant dueAt, LegalPeriod noticePeriod, Instant at) {
        if (extended) {
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, "reason",
                    "The period of this opinion was extended already: once only (Art 50(1))");
        }
        Instant now = micros(at);
        if (!now.isBefore(dueAt)) {
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, "reason",
                    "The period ended on " + dueAt + ": it can no longer be extended (Art 50(1))");
        }
        if (noticePeriod != null && now.isAfter(noticePeriod.after(requestedAt))) {
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, "reason",
                    "An extension must be announced within " + noticePeriod.iso() + " of the request (" + requestedAt
                            + "); that ended on " + noticePeriod.after(requestedAt) + " (Art 50(1))");
        }
    }
}
