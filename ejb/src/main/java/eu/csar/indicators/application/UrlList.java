package eu.csar.indicators.application;

import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.api.IndicatorKind;
import eu.csar.indicators.api.UrlListEntryRef;
import eu.csar.indicators.domain.IndicatorRepository;
import eu.csar.security.api.Roles;
import eu.csar.shared.api.PublishedService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Collection;
import java.util.List;

/**
 * The EU Centre's URL list (Art 44(1), point (b)) as the orders context reads it: which of the ids an
 * issuing authority names are URL-list entries, with their URLs and states. Blocking and delisting
 * orders name entries by id, never free URLs (Art 16-18). Ids that are not URL indicators are
 * simply not returned; the caller decides what that means. Not audited here: the order that names
 * the entries is.
 */
@PublishedService
@Stateless
public class UrlList {

    @Inject
    IndicatorRepository indicators;

    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    public List<UrlListEntryRef> entries(@NotNull @Size(max = 1000) Collection<IndicatorId> ids) {
        return indicators.findAll(ids).stream().filter(i -> i.kind() == IndicatorKind.URL)
                .map(i -> new UrlListEntryRef(i.id(), i.value(), i.state())).toList();
    }
}
