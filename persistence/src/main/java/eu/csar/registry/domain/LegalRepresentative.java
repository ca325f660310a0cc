package eu.csar.registry.domain;

import eu.csar.shared.domain.CleanText;
import eu.csar.shared.domain.EmailAddress;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.PhoneNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.Objects;

/**
 * The legal representative that a provider without a main establishment in the Union designates
 * in a Member State where it offers its services (Art 24). Orders and decisions can be addressed
 * to it; its Member State decides jurisdiction when there is no establishment. Public.
 */
@Embeddable
public class LegalRepresentative implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 200)
    @CleanText
    @Column(name = "rep_name")
    private String name;

    @NotBlank
    @Size(max = 500)
    @CleanText(multiLine = true)
    @Column(name = "rep_address")
    private String address;

    @NotBlank
    @EmailAddress
    @Size(max = 254)
    @Column(name = "rep_email")
    private String email;

    @NotBlank
    @PhoneNumber
    @Column(name = "rep_phone")
    private String phone;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "rep_member_state")
    private MemberState memberState;

    protected LegalRepresentative() {
    }

    public LegalRepresentative(String name, String address, String email, String phone, MemberState memberState) {
        this.name = name;
        this.address = address;
        this.email = email;
        this.phone = phone;
        this.memberState = memberState;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public MemberState memberState() {
        return memberState;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LegalRepresentative other && Objects.equals(name, other.name)
                && Objects.equals(address, other.address) && Objects.equals(email, other.email)
                && Objects.equals(phone, other.phone) && memberState == other.memberState;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, address, email, phone, memberState);
    }
}
