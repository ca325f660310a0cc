package eu.csar.registry.domain;

import eu.csar.shared.domain.CleanText;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.PublicKeyPem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Set;

/**
 * Everything a centre admin records about a provider, as one validated value: used to register a
 * provider and to amend its entry. {@code mainEstablishment} is null for a provider without an
 * establishment in the Union, which must then name a legal representative (Art 24).
 */
public record ProviderProfile(
        @NotBlank @Size(max = 200) @CleanText String legalName,
        @NotEmpty Set<@NotNull ServiceType> serviceTypes,
        @NotNull List<@Valid @NotNull OfferedService> services,
        MemberState mainEstablishment,
        @Valid LegalRepresentative legalRepresentative,
        @NotNull @Valid ContactPoint contactPoint,
        @Size(max = 10000) @PublicKeyPem String signingPublicKey) {

    /** Art 24(1): without a main establishment in the Union, a legal representative is mandatory. */
    @AssertTrue(message = "{csar.registry.legalRepresentativeRequired}")
    public boolean isLegalRepresentativeGivenWhenNotEstablished() {
        return mainEstablishment != null || legalRepresentative != null;
    }
}
