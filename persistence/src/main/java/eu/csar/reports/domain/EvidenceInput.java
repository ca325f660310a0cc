package eu.csar.reports.domain;

import eu.csar.indicators.api.HashFormat;
import eu.csar.reports.api.EvidenceKind;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;

/**
 * One evidence item as the provider sends it: a hash it computed locally (no content), by kind; a
 * PDQ hash with its quality. Bean Validation checks that kind and value are there; the hash itself is
 * checked like an indicator hash ({@link HashFormat}) when it is attached ({@link Report#attach}), so
 * that the refusal names the item ({@code items[i]}) and the exact reason.
 */
public record EvidenceInput(@NotNull(message = "PDQ, MD5 or SHA256") EvidenceKind kind,
                            @NotNull(message = "the hash in hexadecimal digits") String value,
                            Integer quality) implements Serializable {

    /** Why the hash is refused, or null when it is well formed. */
    public String refusal() {
        return kind == null || value == null ? null : HashFormat.refusal(kind.hashKind(), value.strip(), quality).orElse(null);
    }
}
