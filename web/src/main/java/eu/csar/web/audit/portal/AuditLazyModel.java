package eu.csar.web.audit.portal;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditEntryView;
import eu.csar.audit.application.AuditTrail;
import eu.csar.audit.domain.AuditSearch;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The audit table's rows, newest first, one page at a time from {@link AuditTrail#search}. Every
 * search is itself audited, so this model makes exactly one call per page shown: PrimeFaces asks
 * {@link #count} before {@link #load}, count answers with the previous total and load corrects it.
 * Dates are whole days in UTC; "to" includes its day.
 */
public class AuditLazyModel extends LazyDataModel<AuditEntryView> {

    private static final long serialVersionUID = 1L;

    private final AuditTrail trail;
    private String actor;
    private String action;
    private String objectType;
    private String objectId;
    private AuditOutcome outcome;
    private LocalDate from;
    private LocalDate to;
    private int lastTotal;
    private List<AuditEntryView> rows = List.of();

    public AuditLazyModel(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return lastTotal;
    }

    @Override
    public List<AuditEntryView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        AuditSearch search = new AuditSearch(blankToNull(actor), blankToNull(action), blankToNull(objectType),
                blankToNull(objectId), outcome, startOf(from), to == null ? null : startOf(to.plusDays(1)),
                first, Math.max(1, pageSize));
        AuditTrail.Page page = trail.search(search);
        lastTotal = (int) Math.min(Integer.MAX_VALUE, page.total());
        setRowCount(lastTotal);
        rows = page.entries();
        return rows;
    }

    @Override
    public String getRowKey(AuditEntryView entry) {
        return Long.toString(entry.seq());
    }

    @Override
    public AuditEntryView getRowData(String rowKey) {
        return rows == null ? null : rows.stream().filter(e -> Long.toString(e.seq()).equals(rowKey)).findFirst().orElse(null);
    }

    public void clearFilters() {
        actor = null;
        action = null;
        objectType = null;
        objectId = null;
        outcome = null;
        from = null;
        to = null;
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getObjectType() {
        return objectType;
    }

    public void setObjectType(String objectType) {
        this.objectType = objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public void setObjectId(String objectId) {
        this.objectId = objectId;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AuditOutcome outcome) {
        this.outcome = outcome;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
