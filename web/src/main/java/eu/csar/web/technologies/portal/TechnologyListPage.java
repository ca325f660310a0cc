package eu.csar.web.technologies.portal;

import eu.csar.technologies.api.TechnologyState;
import eu.csar.technologies.api.TechnologyType;
import eu.csar.technologies.application.NewTechnology;
import eu.csar.technologies.application.TechnologyRegister;
import eu.csar.technologies.application.TechnologyView;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The technology register ({@code /portal/technologies/technologies.xhtml}): every entry by reference,
 * filterable by state, an awaited opinion's due time and whether it is overdue; and, for
 * administrators, the form to describe a new technology (a DRAFT), optionally naming the register entry
 * a new version succeeds (as {@code predecessorReference} over REST: the service's rules and messages),
 * which leads to its page. A refusal is shown at its field.
 */
@Named
@ViewScoped
public class TechnologyListPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 100;
    /** The form's field for each field a refusal may name. */
    static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("reference", "create:reference"), Map.entry("name", "create:name"),
            Map.entry("version", "create:version"), Map.entry("type", "create:type"), Map.entry("supplier", "create:supplier"),
            Map.entry("description", "create:description"), Map.entry("falsePositiveRate", "create:falsePositiveRate"),
            Map.entry("falseNegativeRate", "create:falseNegativeRate"), Map.entry("errorRateMethod", "create:errorRateMethod"),
            Map.entry("internalNotes", "create:internalNotes"), Map.entry("predecessorReference", "create:predecessor"));

    @Inject
    TechnologyRegister register;

    @Inject
    FeedbackBean feedback;

    private TechnologyState state;
    private List<TechnologyView.Summary> rows = List.of();
    private long total;
    private String reference;
    private String name;
    private String version;
    private TechnologyType type;
    private String supplier;
    private String description;
    private BigDecimal falsePositiveRate;
    private BigDecimal falseNegativeRate;
    private String errorRateMethod;
    private String internalNotes;
    private String predecessorReference;
    private List<TechnologyView.Summary> predecessors = List.of();

    /** f:viewAction and the filter button. */
    public void load() {
        try {
            TechnologyView.Page page = register.list(state, 0, PAGE_SIZE);
            rows = page.items();
            total = page.total();
            predecessors = state == null ? rows : register.list(null, 0, PAGE_SIZE).items();
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    /** Creates the DRAFT entry and goes to its page. */
    public String create() {
        try {
            TechnologyView t = register.create(new NewTechnology(reference, name, version, type, supplier, description,
                    falsePositiveRate, falseNegativeRate, errorRateMethod, internalNotes, null,
                    predecessorReference == null || predecessorReference.isBlank() ? null : predecessorReference));
            feedback.infoAfterRedirect("tech.created", t.reference());
            return "/portal/technologies/technology?faces-redirect=true&id=" + t.id();
        } catch (RuntimeException e) {
            FacesContext.getCurrentInstance().validationFailed();
            if (!feedback.showRefusal(e, TechnologyListPage::fieldFor)) {
                throw e;
            }
            return null;
        }
    }

    /** The form field a refusal's path names ({@code create.arg0.falsePositiveRate} or {@code falsePositiveRate}). */
    static String fieldFor(String path) {
        String last = path == null ? "" : path.substring(path.lastIndexOf('.') + 1);
        return FIELDS.get(last);
    }

    public List<TechnologyState> getStates() {
        return List.of(TechnologyState.values());
    }

    public List<TechnologyType> getTypes() {
        return List.of(TechnologyType.values());
    }

    public List<TechnologyView.Summary> getRows() {
        return rows;
    }

    public boolean isTruncated() {
        return total > rows.size();
    }

    public TechnologyState getState() {
        return state;
    }

    public void setState(TechnologyState state) {
        this.state = state;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public TechnologyType getType() {
        return type;
    }

    public void setType(TechnologyType type) {
        this.type = type;
    }

    public String getSupplier() {
        return supplier;
    }

    public void setSupplier(String supplier) {
        this.supplier = supplier;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getFalsePositiveRate() {
        return falsePositiveRate;
    }

    public void setFalsePositiveRate(BigDecimal falsePositiveRate) {
        this.falsePositiveRate = falsePositiveRate;
    }

    public BigDecimal getFalseNegativeRate() {
        return falseNegativeRate;
    }

    public void setFalseNegativeRate(BigDecimal falseNegativeRate) {
        this.falseNegativeRate = falseNegativeRate;
    }

    public String getErrorRateMethod() {
        return errorRateMethod;
    }

    public void setErrorRateMethod(String errorRateMethod) {
        this.errorRateMethod = errorRateMethod;
    }

    /** The register's entries a new version may name as the one it succeeds (the service refuses one not approved). */
    public List<TechnologyView.Summary> getPredecessors() {
        return predecessors;
    }

    public String getPredecessorReference() {
        return predecessorReference;
    }

    public void setPredecessorReference(String predecessorReference) {
        this.predecessorReference = predecessorReference;
    }

    public String getInternalNotes() {
        return internalNotes;
    }

    public void setInternalNotes(String internalNotes) {
        this.internalNotes = internalNotes;
    }
}
