package eu.csar.indicators.application;

import eu.csar.audit.application.AuditRecorder;
import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.api.IndicatorProvenance;
import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.indicators.domain.Indicator;
import eu.csar.indicators.domain.IndicatorAction;
import eu.csar.indicators.domain.IndicatorRepository;
import eu.csar.indicators.domain.Provenance;
import eu.csar.security.api.Roles;
import eu.csar.shared.api.PublishedService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The indicators a report matched, with their provenance, for the Centre's review desk (issue 11
 * §3): what a Centre reviewer may see of them ({@link IndicatorProvenance}). Reading an indicator is
 * audited as the indicators context audits every read ({@code INDICATOR_READ}, one entry per
 * indicator, with the caller's purpose); an id that names no indicator is left out.
 */
@PublishedService
@Stateless
public class IndicatorProvenances {

    @Inject
    IndicatorRepository indicators;

    @Inject
    AuditRecorder audit;

    /** The indicators {@code ids} names, in that order, each once; {@code purpose} goes into each audit entry. */
    @RolesAllowed(Roles.CENTRE_REVIEWER)
    public List<IndicatorProvenance> forReview(@NotNull List<@NotNull IndicatorId> ids, @NotBlank @Size(max = 200) String purpose) {
        List<IndicatorId> unique = List.copyOf(new LinkedHashSet<>(ids));
        if (unique.isEmpty()) {
            return List.of();
        }
        Map<IndicatorSetId, String> codes = indicators.setCodes();
        List<Indicator> found = indicators.findAll(unique).stream()
                .sorted(Comparator.comparingInt(i -> unique.indexOf(i.id()))).toList();
        for (Indicator indicator : found) {
            audit.success(IndicatorAction.INDICATOR_READ, indicator.id(), "indicator database; " + purpose);
        }
        return found.stream().map(i -> of(i, codes.get(i.setId()))).toList();
    }

    static IndicatorProvenance of(Indicator i, String setCode) {
        return new IndicatorProvenance(i.id(), i.kind(), setCode, i.state(),
                i.provenance().stream().map(IndicatorProvenances::link).toList());
    }

    static IndicatorProvenance.Link link(Provenance p) {
        return new IndicatorProvenance.Link(p.source(), p.memberState(), p.authority(), p.decisionReference(), p.decisionDate(),
                p.process(), p.processVersion(), p.verified(), p.addedAt(), p.withdrawnAt());
    }
}
