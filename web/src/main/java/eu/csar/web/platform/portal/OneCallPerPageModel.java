package eu.csar.web.platform.portal;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/**
 * A lazy table model that asks its service once per page shown, for services that audit every list
 * read (the audit trail, the removal checks) or scope it to the caller (the provider registry):
 * PrimeFaces asks {@link #count} before {@link #load}, so count answers with the total of the
 * previous load and load corrects it. Subclasses say how to fetch a page and what identifies a row.
 */
public abstract class OneCallPerPageModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private int lastTotal;
    private List<T> rows = List.of();

    /** One page from a service: its rows and how many the filter holds in all. */
    public record Slice<T>(List<T> rows, long total) {
    }

    /** The rows from {@code first}, at most {@code pageSize} (at least 1), in the order of {@code sortBy}. */
    protected abstract Slice<T> fetch(int first, int pageSize, Map<String, SortMeta> sortBy);

    /** What identifies {@code row} among the page's rows. */
    protected abstract String key(T row);

    @Override
    public final int count(Map<String, FilterMeta> filterBy) {
        return lastTotal;
    }

    @Override
    public final List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Slice<T> page = fetch(Math.max(0, first), Math.max(1, pageSize), sortBy);
        lastTotal = (int) Math.min(Integer.MAX_VALUE, page.total());
        setRowCount(lastTotal);
        rows = page.rows();
        return rows;
    }

    @Override
    public final String getRowKey(T row) {
        return key(row);
    }

    @Override
    public final T getRowData(String rowKey) {
        return rows.stream().filter(r -> key(r).equals(rowKey)).findFirst().orElse(null);
    }

    /** Sends the table {@code tableClientId} (e.g. {@code :providers:table}) back to its first page, after a filter changed. */
    public static void firstPage(String tableClientId) {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(tableClientId);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }
}
