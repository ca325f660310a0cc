package eu.csar.web.registry.portal;

import eu.csar.registry.application.ProviderListItem;
import eu.csar.registry.application.ProviderPage;
import eu.csar.registry.application.ProviderRegistry;
import eu.csar.registry.domain.ProviderSearch;
import eu.csar.registry.domain.ProviderStatus;
import eu.csar.registry.domain.ServiceType;
import eu.csar.shared.domain.MemberState;
import eu.csar.web.platform.portal.OneCallPerPageModel;
import org.primefaces.model.SortMeta;

import java.util.EnumSet;
import java.util.Map;

/**
 * The provider table's rows, one page at a time from {@link ProviderRegistry#search}, which applies
 * the caller's jurisdiction itself: an authority's table cannot list what it may not see. The
 * filters are this model's own fields (the page's filter bar), the sort comes from the column
 * headers ({@code field} of each sortable column).
 *
 * <p>One service call per page ({@link OneCallPerPageModel}); a filter change resets the table to
 * its first page.
 */
public class ProviderLazyModel extends OneCallPerPageModel<ProviderListItem> {

    private static final long serialVersionUID = 1L;

    private static final Map<String, ProviderSearch.SortKey> SORT_KEYS = Map.of(
            "legalName", ProviderSearch.SortKey.LEGAL_NAME,
            "status", ProviderSearch.SortKey.STATUS,
            "competentAuthority", ProviderSearch.SortKey.JURISDICTION,
            "updatedAt", ProviderSearch.SortKey.UPDATED_AT);

    private final ProviderRegistry registry;
    private String nameContains;
    private ProviderStatus status;
    private ServiceType serviceType;
    private MemberState jurisdiction;

    public ProviderLazyModel(ProviderRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected Slice<ProviderListItem> fetch(int first, int pageSize, Map<String, SortMeta> sortBy) {
        SortMeta sort = sortBy.values().stream().filter(s -> !s.getOrder().isUnsorted()).findFirst().orElse(null);
        ProviderSearch.SortKey key = sort == null ? ProviderSearch.SortKey.LEGAL_NAME
                : SORT_KEYS.getOrDefault(sort.getField(), ProviderSearch.SortKey.LEGAL_NAME);
        boolean ascending = sort == null || sort.getOrder().isAscending();
        ProviderSearch search = new ProviderSearch(blankToNull(nameContains), status, serviceType,
                jurisdiction == null ? null : EnumSet.of(jurisdiction), key, ascending, first, pageSize);
        ProviderPage page = registry.search(search);
        return new Slice<>(page.items(), page.total());
    }

    @Override
    protected String key(ProviderListItem provider) {
        return provider.id().toString();
    }

    public void clearFilters() {
        nameContains = null;
        status = null;
        serviceType = null;
        jurisdiction = null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public String getNameContains() {
        return nameContains;
    }

    public void setNameContains(String nameContains) {
        this.nameContains = nameContains;
    }

    public ProviderStatus getStatus() {
        return status;
    }

    public void setStatus(ProviderStatus status) {
        this.status = status;
    }

    public ServiceType getServiceType() {
        return serviceType;
    }

    public void setServiceType(ServiceType serviceType) {
        this.serviceType = serviceType;
    }

    public MemberState getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(MemberState jurisdiction) {
        this.jurisdiction = jurisdiction;
    }
}
