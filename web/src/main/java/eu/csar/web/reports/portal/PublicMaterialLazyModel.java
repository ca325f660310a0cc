package eu.csar.web.reports.portal;

import eu.csar.reports.api.PublicMaterialState;
import eu.csar.reports.application.RemovalChecks;
import eu.csar.reports.application.RemovalChecks.Watched;
import eu.csar.reports.application.RemovalChecks.WatchedPage;
import eu.csar.web.platform.portal.OneCallPerPageModel;
import org.primefaces.model.SortMeta;

import java.util.Map;

/**
 * The rows of the removal-checks table, one page at a time from {@link RemovalChecks#list} (which
 * audits every read), filtered by state: null for every state, still online first.
 */
public class PublicMaterialLazyModel extends OneCallPerPageModel<Watched> {

    private static final long serialVersionUID = 1L;
    /** The service's largest page. */
    static final int MAX_PAGE = 100;

    private final RemovalChecks checks;
    private PublicMaterialState state;

    public PublicMaterialLazyModel(RemovalChecks checks) {
        this.checks = checks;
    }

    @Override
    protected Slice<Watched> fetch(int first, int pageSize, Map<String, SortMeta> sortBy) {
        WatchedPage page = checks.list(state, first, Math.min(MAX_PAGE, pageSize));
        return new Slice<>(page.items(), page.total());
    }

    @Override
    protected String key(Watched row) {
        return row.id().toString();
    }

    public PublicMaterialState getState() {
        return state;
    }

    public void setState(PublicMaterialState state) {
        this.state = state;
    }
}
