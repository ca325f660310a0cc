package eu.csar.web.audit.portal;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditEntryView;
import eu.csar.audit.application.AuditTrail;
import eu.csar.audit.domain.AuditSearch;
import eu.csar.registry.application.ProviderDirectory;
import eu.csar.shared.domain.ProviderId;
import eu.csar.web.platform.portal.OneCallPerPageModel;
import org.primefaces.model.SortMeta;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The audit table's rows, newest first, one page at a time from {@link AuditTrail#search}. Every
 * search is itself audited, so this model makes exactly one call per page shown ({@link OneCallPerPageModel}).
 * Dates are whole days in UTC; "to" includes its day. Entries about a provider show its legal name,
 * asked of the registry's {@link ProviderDirectory} once per page. The auditor's own reads of the
 * trail are left out unless {@link #isHideOwnReads() hideOwnReads} is switched off.
 */
public class AuditLazyModel extends OneCallPerPageModel<AuditEntryView> {

    private static final long serialVersionUID = 1L;

    static final String PROVIDER = "Provider";

    private final AuditTrail trail;
    private final ProviderDirectory directory;
    private String actor;
    private String action;
    private String objectType;
    private String objectId;
    private AuditOutcome outcome;
    private LocalDate from;
    private LocalDate to;
    private boolean hideOwnReads = true;
    private final HashMap<String, String> providerNames = new HashMap<>();

    public AuditLazyModel(AuditTrail trail, ProviderDirectory directory) {
        this.trail = trail;
        this.directory = directory;
    }

    @Override
    protected Slice<AuditEntryView> fetch(int first, int pageSize, Map<String, SortMeta> sortBy) {
        AuditSearch search = new AuditSearch(blankToNull(actor), blankToNull(action), blankToNull(objectType),
                blankToNull(objectId), outcome, startOf(from), to == null ? null : startOf(to.plusDays(1)),
                first, pageSize);
        AuditTrail.Page page = hideOwnReads ? trail.searchWithoutOwnReads(search) : trail.search(search);
        nameProviders(page.entries());
        return new Slice<>(page.entries(), page.total());
    }

    /** The legal name of the provider an entry is about, or null (not about a provider, or no longer known). */
    public String providerName(AuditEntryView entry) {
        return PROVIDER.equals(entry.objectType()) ? providerNames.get(entry.objectId()) : null;
    }

    private void nameProviders(List<AuditEntryView> entries) {
        providerNames.clear();
        Set<ProviderId> ids = entries.stream().filter(e -> PROVIDER.equals(e.objectType()))
                .map(AuditEntryView::objectId).filter(AuditLazyModel::isUuid)
                .map(id -> new ProviderId(UUID.fromString(id))).collect(Collectors.toSet());
        if (!ids.isEmpty()) {
            directory.legalNames(ids).forEach((id, name) -> providerNames.put(id.value().toString(), name));
        }
    }

    private static boolean isUuid(String s) {
        try {
            return s != null && UUID.fromString(s).toString().equalsIgnoreCase(s);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    protected String key(AuditEntryView entry) {
        return Long.toString(entry.seq());
    }

    public void clearFilters() {
        actor = null;
        action = null;
        objectType = null;
        objectId = null;
        outcome = null;
        from = null;
        to = null;
        hideOwnReads = true;
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public boolean isHideOwnReads() {
        return hideOwnReads;
    }

    public void setHideOwnReads(boolean hideOwnReads) {
        this.hideOwnReads = hideOwnReads;
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
