package eu.csar.web.reports.portal;

import eu.csar.reports.api.PublicMaterialState;
import eu.csar.reports.api.ReportId;
import eu.csar.reports.application.RemovalChecks;
import eu.csar.reports.application.RemovalChecks.Watched;
import eu.csar.reports.application.RemovalChecks.WatchedPage;
import eu.csar.web.platform.portal.OneCallPerPageModel;
import org.primefaces.model.SortMeta;

import java.util.Map;
import java.util.UUID;

/**
 * The rows of the removal-checks table, one page at a time from {@link RemovalChecks#list} (which
 * audits every read), filtered by state (null: every state, still online first), a part of the URL and a
 * report id (null or blank: any).
 */
public class PublicMaterialLazyModel extends OneCallPerPageModel<Watched> {

    private static final long serialVersionUID = 1L;
    /** The service's largest page. */
    static final int MAX_PAGE = 100;

    private final RemovalChecks checks;
    private PublicMaterialState state;
    private String url;
    private String report;

    public PublicMaterialLazyModel(RemovalChecks checks) {
        this.checks = checks;
    }

    @Override
    protected Slice<Watched> fetch(int first, int pageSize, Map<String, SortMeta> sortBy) {
        WatchedPage page = checks.list(state, url, reportId(), first, Math.min(MAX_PAGE, pageSize));
        return new Slice<>(page.items(), page.total());
    }

    @Override
    protected String key(Watched row) {
        return row.id().toString();
    }

    /** The report id searched for (the page's validator let only a UUID or nothing through). */
    private ReportId reportId() {
        return report == null || report.isBlank() ? null : new ReportId(UUID.fromString(report.strip()));
    }

    /** Whether a URL fragment or a report narrows the list (the empty table then says nothing matches). */
    public boolean isSearching() {
        return (url != null && !url.isBlank()) || (report != null && !report.isBlank());
    }

    /** Back to every watched URL (the state filter stays). */
    public void clearSearch() {
        url = null;
        report = null;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getReport() {
        return report;
    }

    public void setReport(String report) {
        this.report = report;
    }

    public PublicMaterialState getState() {
        return state;
    }

    public void setState(PublicMaterialState state) {
        this.state = state;
    }
}
