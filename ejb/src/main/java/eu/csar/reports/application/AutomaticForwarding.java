package eu.csar.reports.application;

import eu.csar.audit.application.AuditRecorder;
import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.application.KnownMaterial;
import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.api.ProfileRef;
import eu.csar.legal.application.LegalProfiles;
import eu.csar.reports.api.Jurisdiction;
import eu.csar.reports.api.ReportId;
import eu.csar.reports.api.ReportState;
import eu.csar.reports.domain.AutomaticForwardRule;
import eu.csar.reports.domain.Report;
import eu.csar.reports.domain.ReportAction;
import eu.csar.reports.domain.ReportRepository;
import eu.csar.reports.domain.TriageResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Audited automatic forwarding of known material (Art 48(3); issue 11 §6), the step after triage in
 * the triage job's own transaction. Only where the legal-profile version the report was opened under switches it on
 * ({@code report.automatic-forwarding-of-known-material}, off in both shipped profiles; a version
 * without the key counts as off), and only as {@link AutomaticForwardRule} allows: a FINISHED,
 * unclaimed report whose every evidence item matched an ACTIVE indicator of verified provenance
 * ({@link KnownMaterial#verified}). Then it is decided exactly as a reviewer's forward would be, with
 * the desk's proposed jurisdiction (the location data's Member State with Europol, Europol alone when
 * unclear), the profile's user-information delay and the same deliveries through the outbox
 * ({@link ForwardPlanner}, urgent first), recorded as taken by {@code system}, automatic, naming the
 * indicators, with one audit entry {@code REPORT_FORWARD_DECIDED_AUTOMATICALLY}. Anything else leaves
 * the report for the review desk as it was. An internal bean, not an EJB: {@link ReportTriage} calls it
 * inside its checked method, so a redelivered job (triage found done) never gets here twice.
 */
@ApplicationScoped
public class AutomaticForwarding {

    static final String PURPOSE = "automatic forwarding of known material (Art 48(3)); no reviewer";

    @Inject
    ReportRepository reports;

    @Inject
    LegalProfiles profiles;

    @Inject
    KnownMaterial knownMaterial;

    @Inject
    ForwardPlanner planner;

    @Inject
    AuditRecorder audit;

    @Inject
    Clock clock;

    /** Forwards the just-triaged report if the profile and the rule allow it; returns whether it did. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean consider(ReportId id, TriageResult triage) {
        // most reports match nothing known: decided in memory, before the profile is read from the database
        Set<UUID> matched = AutomaticForwardRule.matchedIndicators(triage.hits());
        if (matched.isEmpty()) {
            return false;
        }
        // locked and read again: a reviewer who claimed it meanwhile keeps it
        Report report = reports.findForUpdate(id).orElseThrow(() -> new IllegalStateException("no report " + id));
        ProfileRef profile = report.legalProfile(); // the version the report was opened under
        if (!profiles.flag(profile, ProfileKey.REPORT__AUTOMATIC_FORWARDING_OF_KNOWN_MATERIAL, false)) {
            return false;
        }
        Set<UUID> verified = knownMaterial.verified(matched.stream().map(IndicatorId::new).toList()).stream()
                .map(IndicatorId::value).collect(Collectors.toSet());
        AutomaticForwardRule.Verdict verdict = AutomaticForwardRule.judge(true, report, triage.hits(), verified);
        if (!verdict.forward()) {
            return false;
        }
        Jurisdiction jurisdiction = report.proposedJurisdiction();
        LegalPeriod informAfter = LegalPeriod.parse(profiles.period(profile, ProfileKey.REPORT__USER_INFORMATION_DELAY));
        ReportState from = report.state();
        report.decideForwardAutomatically(verdict, jurisdiction, audit.actorName(), profile.profileId(), profile.version(),
                clock.instant());
        report.scheduleUserInformation(informAfter);
        reports.flush();
        audit.success(ReportAction.REPORT_FORWARD_DECIDED_AUTOMATICALLY, id, ReportTriage.cut(PURPOSE + "; " + from + " -> "
                + report.state() + "; " + verdict.why() + " " + verdict.indicators() + "; to " + jurisdiction + "; " + profile, 500));
        planner.plan(report);
        return true;
    }
}
