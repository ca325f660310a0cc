package eu.csar.web.registry.rest;

import eu.csar.registry.domain.ContactPoint;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;

/** A point of contact (Art 23) as partners send and receive it, in JSON and in SOAP. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ContactPoint")
public class ContactPointDto {

    public String email;
    public String phone;
    @XmlElement(name = "language")
    public List<String> languages;

    static ContactPointDto of(ContactPoint c) {
        ContactPointDto dto = new ContactPointDto();
        dto.email = c.email();
        dto.phone = c.phone();
        dto.languages = c.languages();
        return dto;
    }

    public ContactPoint toDomain() {
        return new ContactPoint(trim(email), trim(phone), languages == null ? List.of() : languages.stream().map(ContactPointDto::trim).toList());
    }

    static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
