package eu.csar.reports.application;

import eu.csar.reports.domain.ReportRepository;
import eu.csar.security.api.Roles;
import eu.csar.shared.api.PublishedService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

/**
 * The reports context's door for retention (Art 51(4), Art 13(1)): anonymises the personal data of the
 * reports the retention sweep found due (user identifiers, IP address and port, location, other data are
 * cleared, {@code personal_data_erased_at} set; the row, its state, hashes and statistics stay). One
 * set-based update in the caller's transaction (the sweep's batch, which records and audits the batch
 * once); not audited here. Only the platform calls it.
 */
@PublishedService
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ReportRetention {

    @Inject
    ReportRepository reports;

    /** Anonymises the reports {@code ids} at {@code now}; answers how many were anonymised (already erased ones are skipped). */
    @RolesAllowed(Roles.SYSTEM)
    public int anonymise(@NotNull @NotEmpty Collection<UUID> ids, @NotNull Instant now) {
        return reports.anonymisePersonalData(ids, now);
    }
}
