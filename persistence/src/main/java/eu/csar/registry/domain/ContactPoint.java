package eu.csar.registry.domain;

import eu.csar.shared.domain.EmailAddress;
import eu.csar.shared.domain.LanguageCode;
import eu.csar.shared.domain.PhoneNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
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
    /** The EU's 24 official languages; also what the column holds ("bg,cs,...", 71 of 100 characters). */
    public static final int MAX_LANGUAGES = 24;

    @NotBlank
    @EmailAddress
    @Size(max = 254)
    @Column(name = "contact_email", nullable = false)
    private String email;

    @NotBlank
    @PhoneNumber
    @Column(name = "contact_phone", nullable = false)
    private String phone;

    @NotEmpty
    @Size(max = MAX_LANGUAGES)
    @Convert(converter = LanguageListConverter.class)
    @Column(name = "contact_languages", nullable = false)
    private List<@NotNull @LanguageCode String> languages;

    protected ContactPoint() {
    }

    public ContactPoint(String email, String phone, List<String> languages) {
        this.email = email;
        this.phone = phone;
        // kept as given, nulls included, for Bean Validation to name the element instead of a NullPointerException
        this.languages = languages == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(languages));
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public List<String> languages() {
        return Collections.unmodifiableList(languages);
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
