package eu.csar.retention.application;

import eu.csar.audit.application.ActorNameErasure;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.reports.application.ReportRetention;
import eu.csar.retention.api.RetentionBatchView;
import eu.csar.retention.api.RetentionCategory;
import eu.csar.retention.domain.RetentionAction;
import eu.csar.retention.domain.RetentionRepository;
import eu.csar.retention.domain.RetentionRule;
import eu.csar.security.api.Roles;
import eu.csar.vault.api.VaultItemId;
import eu.csar.vault.application.EvidenceVault;
import eu.csar.victims.application.VictimRetention;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One batch of the retention sweep, in a transaction of its own: finds at most {@code size} items of a
 * category that are due by the platform clock (locking them), deletes or anonymises them, records the
 * batch and writes ONE audit entry (rule, count, id range: never the data). All of it commits together
 * or not at all, so a crash leaves either a finished batch or nothing, and the next sweep takes what is
 * left. This context selects what is due (its extensions hold cases) but changes the data only through
 * the owning contexts' doors: {@link ReportRetention}, {@link VictimRetention}, {@link ActorNameErasure},
 * each one set-based update. Vault items are destroyed through the vault's door (their wrapped data key is deleted and a
 * tombstone written: crypto-shredding; the vault audits each destruction itself). Runs as the platform.
 */
@Stateless
@RunAs(Roles.SYSTEM)
public class RetentionBatches {

    @Inject
    RetentionRepository repository;

    @Inject
    RetentionRules rules;

    @Inject
    EvidenceVault vault;

    @Inject
    ReportRetention reports;

    @Inject
    VictimRetention victims;

    @Inject
    ActorNameErasure actorNames;

    @Inject
    AuditRecorder audit;

    @Inject
    Clock clock;

    /** Runs one batch of {@code category}; empty when nothing was due. */
    @RolesAllowed({Roles.SYSTEM, Roles.CENTRE_ADMIN})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<RetentionBatchView> run(RetentionCategory category, int size) {
        RetentionRule rule = rules.rule(category);
        Instant now = clock.instant();
        Instant cutoff = rule.cutoff(now);
        List<UUID> ids;
        int count;
        switch (category) {
            case REPORT_PERSONAL_DATA -> {
                ids = repository.dueReports(cutoff, now, size);
                count = ids.isEmpty() ? 0 : reports.anonymise(ids, now);
            }
            case VAULT_ITEM -> {
                ids = repository.dueVaultItems(cutoff, now, size);
                String reason = "retention: " + rule.describe();
                ids.forEach(id -> vault.destroy(new VaultItemId(id), reason.length() > 500 ? reason.substring(0, 500) : reason));
                count = ids.size();
            }
            case VICTIM_CASE -> {
                ids = repository.dueVictimCases(cutoff, now, size);
                count = ids.isEmpty() ? 0 : victims.anonymise(ids, now);
            }
            case VICTIM_SIGN_IN -> {
                ids = List.of();
                count = victims.deleteSignInTraces(cutoff, size);
            }
            case AUDIT_ACTOR_NAME -> {
                ids = actorNames.eraseIdle(cutoff, size);
                count = ids.size();
            }
            default -> throw new IllegalArgumentException(category + " is swept by its own context");
        }
        if (count == 0) {
            return Optional.empty();
        }
        RetentionBatchView batch = new RetentionBatchView(UUID.randomUUID(), category, category.rule(), rule.outcome(), count,
                ids.isEmpty() ? null : ids.get(0).toString(), ids.isEmpty() ? null : ids.get(ids.size() - 1).toString(), now,
                rule.profile().profileId(), rule.profile().version(), rule.article());
        repository.addBatch(batch);
        audit.success(RetentionAction.RETENTION_BATCH_EXECUTED, batch.id(), purpose(batch, rule));
        return Optional.of(batch);
    }

    /** The audit entry's text: rule, outcome, count and id range (ids only, never the data). */
    static String purpose(RetentionBatchView batch, RetentionRule rule) {
        String range = batch.firstId() == null ? "" : "; ids " + batch.firstId() + " .. " + batch.lastId();
        String text = "retention " + rule.describe() + "; " + batch.count() + " items" + range;
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
