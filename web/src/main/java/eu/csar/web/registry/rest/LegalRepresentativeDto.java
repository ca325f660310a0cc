package eu.csar.web.registry.rest;

import eu.csar.registry.domain.LegalRepresentative;
import eu.csar.web.platform.rest.Inputs;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

import static eu.csar.web.registry.rest.ContactPointDto.trim;

/** A legal representative (Art 24) as partners send and receive it; {@code memberState} is an ISO code. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "LegalRepresentative")
public class LegalRepresentativeDto {

    public String name;
    public String address;
    public String email;
    public String phone;
    public String memberState;

    static LegalRepresentativeDto of(LegalRepresentative r) {
        LegalRepresentativeDto dto = new LegalRepresentativeDto();
        dto.name = r.name();
        dto.address = r.address();
        dto.email = r.email();
        dto.phone = r.phone();
        dto.memberState = r.memberState().name();
        return dto;
    }

    public LegalRepresentative toDomain() {
        return toDomain("");
    }

    /** {@code fieldPrefix} names where this representative sits in the request, for the error of a bad Member State. */
    LegalRepresentative toDomain(String fieldPrefix) {
        return new LegalRepresentative(trim(name), trim(address), trim(email), trim(phone),
                Inputs.memberState(memberState, fieldPrefix + "memberState"));
    }
}
