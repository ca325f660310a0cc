package eu.csar.web.registry.rest;

import eu.csar.registry.application.ProviderListItem;

import java.util.List;

/** One provider in a list: enough to recognise and open it. */
public record ProviderSummaryDto(String id, String legalName, List<String> serviceTypes, String status,
                                 List<String> competentAuthorities, String updatedAt) {

    static ProviderSummaryDto of(ProviderListItem p) {
        return new ProviderSummaryDto(p.id().toString(), p.legalName(), p.serviceTypes().stream().map(Enum::name).toList(),
                p.status().name(), p.jurisdiction().memberStates().stream().map(Enum::name).toList(),
                p.updatedAt() == null ? null : p.updatedAt().toString());
    }
}
