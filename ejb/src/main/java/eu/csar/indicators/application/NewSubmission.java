package eu.csar.indicators.application;

import eu.csar.shared.domain.CleanText;
import eu.csar.shared.domain.MemberState;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a Coordinating Authority submits (Art 36): the lines (the hasher's CSV output, or plain
 * {@code PDQ,<hex>,<quality>} / {@code MD5,<hex>} / {@code SHA256,<hex>} / {@code URL,<url>}
 * lines) for one set, on one national decision, computed with one process and version.
 *
 * @param setCode         known-images, known-videos, url-list, or a sub-set's code
 * @param memberState     the Member State the authority submits for; null when the caller holds only one
 * @param keepPathAsLabel keep the hasher's path column as the link's label (else it is dropped)
 * @param lines           the lines as text, one per line
 */
public record NewSubmission(
        @NotBlank @Size(max = 100) String setCode,
        MemberState memberState,
        @NotBlank @Size(max = 200) @CleanText String authority,
        @NotBlank @Size(max = 200) @CleanText String decisionReference,
        @NotNull @PastOrPresent LocalDate decisionDate,
        @NotBlank @Size(max = 100) @CleanText String process,
        @NotBlank @Size(max = 50) @CleanText String processVersion,
        boolean keepPathAsLabel,
        @NotNull @Size(max = 20_000_000) String lines) implements Serializable {
}
