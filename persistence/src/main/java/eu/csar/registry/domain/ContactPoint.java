package eu.csar.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The provider's single point of contact (Art 23): where the EU Centre, the Coordinating
 * Authorities and the Commission reach the provider, and the languages it can be addressed in.
 * Public: it appears in the public register.
 */
@Embeddable
public class ContactPoint implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Email
    @Size(max = 254)
    @Column(name = "contact_email", nullable = false)
    private String email;

    @NotBlank
    @Pattern(regexp = "\\+?[0-9 ()./-]{6,40}", message = "{csar.phone}")
    @Column(name = "contact_phone", nullable = false)
    private String phone;

    @NotEmpty
    @Convert(converter = LanguageListConverter.class)
    @Column(name = "contact_languages", nullable = false)
    private List<@Pattern(regexp = "[a-z]{2}", message = "{csar.language}") String> languages;

    protected ContactPoint() {
    }

    public ContactPoint(String email, String phone, List<String> languages) {
        this.email = email;
        this.phone = phone;
        this.languages = languages == null ? List.of() : List.copyOf(languages);
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public List<String> languages() {
        return List.copyOf(languages);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContactPoint other && Objects.equals(email, other.email)
                && Objects.equals(phone, other.phone) && Objects.equals(languages(), other.languages());
    }

    @Override
    public int hashCode() {
        return Objects.hash(email, phone, languages);
    }
}
