package eu.csar.web.registry.rest;

import eu.csar.registry.domain.OfferedService;
import eu.csar.registry.domain.ProviderProfile;
import eu.csar.registry.domain.ServiceType;
import eu.csar.shared.domain.MemberState;
import eu.csar.web.platform.rest.Inputs;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A whole registry entry as a centre admin's system sends it to register a provider or, with the
 * {@code version} it read, to amend one. Codes (service types, Member States) are parsed here with
 * the field named on error; everything else is validated by the service.
 */
public class ProviderProfileDto {

    public String legalName;
    public List<String> serviceTypes;
    public List<ProviderDto.Service> services;
    public String mainEstablishment;
    public LegalRepresentativeDto legalRepresentative;
    public ContactPointDto contactPoint;
    public String signingPublicKey;
    /** The version the change is based on (amend only); a stale one is refused with 409. */
    public Long version;

    ProviderProfile toDomain() {
        return new ProviderProfile(ContactPointDto.trim(legalName), serviceTypes(), services(),
                mainEstablishment == null || mainEstablishment.isBlank() ? null : Inputs.memberState(mainEstablishment, "mainEstablishment"),
                legalRepresentative == null ? null : legalRepresentative.toDomain("legalRepresentative."),
                contactPoint == null ? null : contactPoint.toDomain(), signingPublicKey);
    }

    private Set<ServiceType> serviceTypes() {
        Set<ServiceType> types = EnumSet.noneOf(ServiceType.class);
        if (serviceTypes != null) {
            for (int i = 0; i < serviceTypes.size(); i++) {
                types.add(Inputs.requiredEnum(ServiceType.class, serviceTypes.get(i), "serviceTypes[" + i + "]"));
            }
        }
        return types;
    }

    private List<OfferedService> services() {
        if (services == null) {
            return List.of();
        }
        return IntStream.range(0, services.size()).mapToObj(i -> {
            ProviderDto.Service s = services.get(i);
            String field = "services[" + i + "]";
            if (s == null) {
                return null;
            }
            Set<MemberState> offeredIn = EnumSet.noneOf(MemberState.class);
            if (s.offeredIn != null) {
                for (String code : s.offeredIn) {
                    offeredIn.add(Inputs.memberState(code, field + ".offeredIn"));
                }
            }
            return new OfferedService(ContactPointDto.trim(s.name), Inputs.requiredEnum(ServiceType.class, s.type, field + ".type"),
                    ContactPointDto.trim(s.description), offeredIn);
        }).toList();
    }
}
