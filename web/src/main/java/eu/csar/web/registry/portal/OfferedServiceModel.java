package eu.csar.web.registry.portal;

import eu.csar.registry.domain.OfferedService;
import eu.csar.registry.domain.ServiceType;
import eu.csar.shared.domain.MemberState;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** One editable row of "services offered" in the provider form. */
public class OfferedServiceModel implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private ServiceType type;
    private String description;
    private List<MemberState> offeredIn = new ArrayList<>();

    static OfferedServiceModel of(OfferedService service) {
        OfferedServiceModel row = new OfferedServiceModel();
        row.name = service.name();
        row.type = service.type();
        row.description = service.description();
        row.offeredIn = new ArrayList<>(service.offeredIn());
        return row;
    }

    /** Passes the row on as typed; the service validates it (blank name, no Member State...). */
    OfferedService toService() {
        return new OfferedService(trimToNull(name), type, trimToNull(description),
                offeredIn == null || offeredIn.isEmpty() ? EnumSet.noneOf(MemberState.class) : EnumSet.copyOf(offeredIn));
    }

    static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ServiceType getType() {
        return type;
    }

    public void setType(ServiceType type) {
        this.type = type;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<MemberState> getOfferedIn() {
        return offeredIn;
    }

    public void setOfferedIn(List<MemberState> offeredIn) {
        this.offeredIn = offeredIn;
    }
}
