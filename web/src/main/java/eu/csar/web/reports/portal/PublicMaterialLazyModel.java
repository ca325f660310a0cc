package eu.csar.web.reports.portal;

import eu.csar.reports.api.PublicMaterialState;
import eu.csar.reports.application.RemovalChecks;
import eu.csar.reports.application.RemovalChecks.Watched;
import eu.csar.reports.application.RemovalChecks.WatchedPage;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/**
 * The rows of the removal-checks table, one page at a time from {@link RemovalChecks#list}, filtered
 * by state (null: every state, still online first). Every list read is audited by the service, so
 * this model makes exactly one call per page shown: PrimeFaces asks {@link #count} before
 * {@link #load}, count answers with the previous total and load corrects it.
 */
public class PublicMaterialLazyModel extends LazyDataModel<Watched> {

    private static final long serialVersionUID = 1L;
    /** The service's largest page. */
    static final int MAX_PAGE = 100;

    private final RemovalChecks checks;
    private PublicMaterialState state;
    private int lastTotal;
    private List<Watched> rows = List.of();

    public PublicMaterialLazyModel(RemovalChecks checks) {
        this.checks = checks;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return lastTotal;
    }

    @Override
    public List<Watched> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        WatchedPage page = checks.list(state, Math.max(0, first), Math.min(MAX_PAGE, Math.max(1, pageSize)));
        lastTotal = (int) Math.min(Integer.MAX_VALUE, page.total());
        setRowCount(lastTotal);
        rows = page.items();
        return rows;
    }

    @Override
    public String getRowKey(Watched row) {
        return row.id().toString();
    }

    @Override
    public Watched getRowData(String rowKey) {
        return rows.stream().filter(r -> r.id().toString().equals(rowKey)).findFirst().orElse(null);
    }

    public PublicMaterialState getState() {
        return state;
    }

    public void setState(PublicMaterialState state) {
        this.state = state;
    }
}
