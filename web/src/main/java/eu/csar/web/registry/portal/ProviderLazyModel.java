package eu.csar.web.registry.portal;

import eu.csar.registry.application.ProviderListItem;
import eu.csar.registry.application.ProviderPage;
import eu.csar.registry.application.ProviderRegistry;
import eu.csar.registry.domain.ProviderSearch;
import eu.csar.registry.domain.ProviderStatus;
import eu.csar.registry.domain.ServiceType;
import eu.csar.shared.domain.MemberState;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The provider table's rows, one page at a time from {@link ProviderRegistry#search}, which applies
 * the caller's jurisdiction itself: an authority's table cannot list what it may not see. The
 * filters are this model's own fields (the page's filter bar), the sort comes from the column
 * headers ({@code field} of each sortable column).
 *
 * <p>One service call per page: PrimeFaces asks {@link #count} before {@link #load}, so count
 * answers with the total of the previous load and load corrects it; a filter change resets the
 * table to its first page.
 */
public class ProviderLazyModel extends LazyDataModel<ProviderListItem> {

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
    private int lastTotal;
    private List<ProviderListItem> rows = List.of();

    public ProviderLazyModel(ProviderRegistry registry) {
        this.registry = registry;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return lastTotal;
    }

    @Override
    public List<ProviderListItem> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().filter(s -> !s.getOrder().isUnsorted()).findFirst().orElse(null);
        ProviderSearch.SortKey key = sort == null ? ProviderSearch.SortKey.LEGAL_NAME
                : SORT_KEYS.getOrDefault(sort.getField(), ProviderSearch.SortKey.LEGAL_NAME);
        boolean ascending = sort == null || sort.getOrder().isAscending();
        ProviderSearch search = new ProviderSearch(blankToNull(nameContains), status, serviceType,
                jurisdiction == null ? null : EnumSet.of(jurisdiction), key, ascending, first, Math.max(1, pageSize));
        ProviderPage page = registry.search(search);
        lastTotal = (int) Math.min(Integer.MAX_VALUE, page.total());
        setRowCount(lastTotal);
        rows = page.items();
        return rows;
    }

    @Override
    public String getRowKey(ProviderListItem provider) {
        return provider.id().toString();
    }

    @Override
    public ProviderListItem getRowData(String rowKey) {
        return rows == null ? null : rows.stream().filter(p -> p.id().toString().equals(rowKey)).findFirst().orElse(null);
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
