package eu.csar.retention.application;

import eu.csar.audit.application.AuditRecorder;
import eu.csar.retention.api.RetentionBatchView;
import eu.csar.retention.api.RetentionCategory;
import eu.csar.retention.domain.RetentionAction;
import eu.csar.retention.domain.RetentionRepository;
import eu.csar.retention.api.RetentionRuleView;
import eu.csar.security.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The retention sweep and its report. {@link #sweep()} runs, category after category, bounded batches
 * ({@value #BATCH_SIZE} items, at most {@value #MAX_BATCHES} batches per category per sweep) until nothing
 * is due; each batch commits on its own ({@link RetentionBatches}). The report lists the executed batches,
 * newest first, and the rules as the profile gives them.
 */
@Stateless
@RunAs(Roles.SYSTEM)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionDesk {

    /** Items per batch (one transaction, one audit entry): an operational setting, not law. */
    public static final int BATCH_SIZE = 200;

    static final int MAX_BATCHES = 50;

    /** What this context sweeps; the indicators' necessity review retires its own indicators (IndicatorSweep). */
    static final List<RetentionCategory> SWEPT = Arrays.stream(RetentionCategory.values())
            .filter(c -> c != RetentionCategory.INDICATOR_REVIEW).toList();

    static final String PURPOSE = "retention report (Art 51)";

    @Inject
    RetentionBatches batches;

    @Inject
    RetentionRepository repository;

    @Inject
    RetentionRules rules;

    @Inject
    AuditRecorder audit;

    /** Runs the sweep now (the timer runs it every minute); answers the batches it executed. */
    @RolesAllowed({Roles.SYSTEM, Roles.CENTRE_ADMIN})
    public List<RetentionBatchView> sweep() {
        List<RetentionBatchView> done = new ArrayList<>();
        for (RetentionCategory category : SWEPT) {
            for (int i = 0; i < MAX_BATCHES; i++) {
                Optional<RetentionBatchView> batch = batches.run(category, BATCH_SIZE);
                batch.ifPresent(done::add);
                if (batch.isEmpty() || batch.get().count() < BATCH_SIZE) {
                    break;
                }
            }
        }
        return done;
    }

    /** The executed batches, newest first; {@code category} null for all. */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<RetentionBatchView> batches(RetentionCategory category, int page, int size) {
        List<RetentionBatchView> found = repository.batches(category, page * size, size);
        audit.success(RetentionAction.RETENTION_REPORT_READ, null, PURPOSE);
        return found;
    }

    /** Every retention rule as the current profile version gives it. */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    public List<RetentionRuleView> rules() {
        return Arrays.stream(RetentionCategory.values()).map(c -> rules.rule(c).view()).toList();
    }
}
