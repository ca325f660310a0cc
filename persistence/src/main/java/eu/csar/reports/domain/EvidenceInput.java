package eu.csar.reports.domain;

import eu.csar.indicators.api.HashFormat;
import eu.csar.reports.api.EvidenceKind;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;

/**
 * One evidence item as the provider sends it: a hash it computed locally (no content), by kind; a
 * PDQ hash with its quality. Checked like an indicator hash ({@link HashFormat}).
 */
public record EvidenceInput(@NotNull(message = "PDQ, MD5 or SHA256") EvidenceKind kind,
                            @NotNull(message = "the hash in hexadecimal digits") String value,
                            Integer quality) implements Serializable {

    /** Why the hash is refused, or null when it is well formed. */
    public String refusal() {
        return kind == null || value == null ? null : HashFormat.refusal(kind.hashKind(), value.strip(), quality).orElse(null);
    }

    @AssertTrue(message = "must be a hash of its kind: PDQ 64 hexadecimal digits with a quality from 50 to 100, "
            + "MD5 32 and SHA256 64 hexadecimal digits without a quality")
    public boolean isWellFormed() {
        return refusal() == null;
    }
}
