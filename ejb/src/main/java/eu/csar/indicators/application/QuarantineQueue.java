package eu.csar.indicators.application;

import eu.csar.audit.application.AuditRecorder;
import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.api.IndicatorKind;
import eu.csar.indicators.api.IndicatorState;
import eu.csar.indicators.domain.IndicatorAction;
import eu.csar.indicators.domain.QuarantineQueueRepository;
import eu.csar.security.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The reviewers' queue of quarantined indicators (Art 10, 50 accuracy loop): the ones the flood
 * rule or a reviewer stopped, longest waiting first, each with the reason it was stopped. A
 * reviewer confirms (back to ACTIVE) or retires them through {@link IndicatorStates}. Reading the
 * queue is audited as a list read.
 */
@Stateless
public class QuarantineQueue {

    /** How many the queue shows at once; the oldest first, so none waits for ever. */
    static final int SHOWN = 200;
    static final String PURPOSE = "indicator review queue: quarantined";

    /** One quarantined indicator and why it was stopped. */
    public record Entry(IndicatorSummary indicator, String reason) implements Serializable {
    }

    @Inject
    QuarantineQueueRepository repository;

    @Inject
    AuditRecorder recorder;

    @RolesAllowed(Roles.CENTRE_REVIEWER)
    public List<Entry> quarantined() {
        List<Entry> entries = repository.quarantined(SHOWN).stream().map(QuarantineQueue::entry).toList();
        recorder.success(IndicatorAction.INDICATOR_LIST_READ, null, PURPOSE);
        return entries;
    }

    static Entry entry(QuarantineQueueRepository.Row row) {
        Instant since = row.since();
        return new Entry(new IndicatorSummary(new IndicatorId(row.id()), row.seq(), IndicatorKind.valueOf(row.kind()),
                row.value(), row.quality(), row.setCode(), IndicatorState.QUARANTINED, since, null, null), row.reason());
    }
}
