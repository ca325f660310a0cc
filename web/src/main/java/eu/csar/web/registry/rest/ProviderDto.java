package eu.csar.web.registry.rest;

import eu.csar.registry.application.ProviderEntry;
import eu.csar.registry.domain.OfferedService;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.time.Instant;
import java.util.List;

/**
 * A registry entry as partners read it, in JSON and in SOAP: the provider's own data plus the
 * derived competent authorities (the Member States whose Coordinating Authority has jurisdiction)
 * and the status events possible now.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Provider")
public class ProviderDto {

    public String id;
    public String legalName;
    @XmlElement(name = "serviceType")
    public List<String> serviceTypes;
    @XmlElement(name = "service")
    public List<Service> services;
    public String mainEstablishment;
    @XmlElement(name = "competentAuthority")
    public List<String> competentAuthorities;
    public LegalRepresentativeDto legalRepresentative;
    public ContactPointDto contactPoint;
    public String status;
    public String statusReason;
    @XmlElement(name = "possibleEvent")
    public List<String> possibleEvents;
    public String updatedAt;
    public long version;

    /** One service the provider offers. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Service")
    public static class Service {
        public String name;
        public String type;
        public String description;
        @XmlElement(name = "offeredIn")
        public List<String> offeredIn;

        static Service of(OfferedService s) {
            Service dto = new Service();
            dto.name = s.name();
            dto.type = s.type().name();
            dto.description = s.description();
            dto.offeredIn = s.offeredIn().stream().map(Enum::name).sorted().toList();
            return dto;
        }
    }

    public static ProviderDto of(ProviderEntry p) {
        ProviderDto dto = new ProviderDto();
        dto.id = p.id().toString();
        dto.legalName = p.legalName();
        dto.serviceTypes = p.serviceTypes().stream().map(Enum::name).toList();
        dto.services = p.services().stream().map(Service::of).toList();
        dto.mainEstablishment = p.mainEstablishment() == null ? null : p.mainEstablishment().name();
        dto.competentAuthorities = p.jurisdiction().memberStates().stream().map(Enum::name).toList();
        dto.legalRepresentative = p.legalRepresentative() == null ? null : LegalRepresentativeDto.of(p.legalRepresentative());
        dto.contactPoint = ContactPointDto.of(p.contactPoint());
        dto.status = p.status().name();
        dto.statusReason = p.statusReason();
        dto.possibleEvents = p.possibleEvents().stream().map(Enum::name).toList();
        dto.updatedAt = asText(p.updatedAt());
        dto.version = p.version();
        return dto;
    }

    private static String asText(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
