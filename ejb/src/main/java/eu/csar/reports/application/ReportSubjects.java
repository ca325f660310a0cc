package eu.csar.reports.application;

import eu.csar.reports.api.ReportId;
import eu.csar.reports.domain.ReportRepository;
import eu.csar.security.api.Roles;
import eu.csar.shared.api.PublishedService;
import eu.csar.shared.domain.ProviderId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.util.Optional;

/**
 * Which provider sent a report (Art 12): what a penalty case (Art 35) checks the reports it links to
 * against. Only the provider's id, never the report's content: not audited here (the caller's own
 * service audits the link it makes).
 */
@PublishedService
@Stateless
public class ReportSubjects {

    @Inject
    ReportRepository reports;

    /** The provider of report {@code id}; empty when there is no such report. */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public Optional<ProviderId> provider(@NotNull ReportId id) {
        return reports.find(id).map(r -> r.providerId());
    }
}
