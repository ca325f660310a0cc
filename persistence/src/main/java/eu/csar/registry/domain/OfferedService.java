package eu.csar.registry.domain;

import eu.csar.shared.domain.CleanText;
import eu.csar.shared.domain.MemberState;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** One service a provider offers (e.g. a messaging app), its type and the Member States where it is offered. */
@Embeddable
public class OfferedService implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 200)
    @CleanText
    @Column(name = "name", nullable = false)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "service_type", nullable = false)
    private ServiceType type;

    @Size(max = 1000)
    @CleanText(multiLine = true)
    @Column(name = "description")
    private String description;

    @NotEmpty
    @Convert(converter = MemberStateSetConverter.class)
    @Column(name = "offered_in", nullable = false)
    private Set<MemberState> offeredIn;

    protected OfferedService() {
    }

    public OfferedService(String name, ServiceType type, String description, Set<MemberState> offeredIn) {
        this.name = name;
        this.type = type;
        this.description = description;
        this.offeredIn = offeredIn == null || offeredIn.isEmpty() ? EnumSet.noneOf(MemberState.class) : EnumSet.copyOf(offeredIn);
    }

    public String name() {
        return name;
    }

    public ServiceType type() {
        return type;
    }

    public String description() {
        return description;
    }

    public Set<MemberState> offeredIn() {
        return offeredIn.isEmpty() ? EnumSet.noneOf(MemberState.class) : EnumSet.copyOf(offeredIn);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OfferedService other && Objects.equals(name, other.name) && type == other.type
                && Objects.equals(description, other.description) && offeredIn().equals(other.offeredIn());
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, description, offeredIn());
    }
}
