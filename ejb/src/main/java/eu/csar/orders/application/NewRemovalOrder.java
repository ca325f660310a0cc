package eu.csar.orders.application;

import eu.csar.orders.api.RemovalItemKind;
import eu.csar.shared.domain.CleanText;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.List;

/**
 * A removal order as the issuing authority issues it (Annex IV): its own reference, the Member State
 * it acts for (may be left out when it acts for one only), the authority's name, the hosting
 * provider, the items, the statement of reasons, whether the uploader must not be told (Art 15(4)),
 * and the legal profile to pin (default {@code COM-2022-209}).
 */
public record NewRemovalOrder(@NotBlank @Size(max = 100) @CleanText String reference,
                              MemberState memberState,
                              @NotBlank @Size(max = 200) @CleanText String issuingAuthority,
                              @NotNull ProviderId provider,
                              @NotEmpty @Size(max = 1000) List<@NotNull @Valid Item> items,
                              @NotBlank @Size(max = 4000) @CleanText(multiLine = true) String reasons,
                              boolean nonDisclosure,
                              @Size(max = 40) String profile) implements Serializable {

    /** One item: a URL or a content reference on the provider's service, never content. */
    public record Item(@NotNull RemovalItemKind kind, @NotBlank @Size(max = 2048) @CleanText String locator) implements Serializable {
    }
}
