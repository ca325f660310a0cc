package eu.csar.technologies.application;

import eu.csar.shared.domain.CleanText;
import eu.csar.technologies.api.TechnologyType;
import eu.csar.technologies.domain.Technology;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * A technology the Centre describes for its register (Art 50): its reference (what detection orders
 * name), name, version, type, supplier, description, error rates in percent with how they were
 * measured, and internal notes providers never see; under the newest version of {@code profile}
 * (null: the platform's default profile); {@code predecessorReference} names the approved entry a new
 * version succeeds (null for a first version).
 */
public record NewTechnology(@NotBlank @Size(max = 40) String reference,
                            @NotBlank @Size(max = Technology.MAX_NAME) @CleanText String name,
                            @NotBlank @Size(max = 50) @CleanText String version,
                            @NotNull TechnologyType type,
                            @NotBlank @Size(max = Technology.MAX_NAME) @CleanText String supplier,
                            @NotBlank @Size(max = Technology.MAX_TEXT) @CleanText(multiLine = true) String description,
                            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal falsePositiveRate,
                            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal falseNegativeRate,
                            @NotBlank @Size(max = Technology.MAX_TEXT) @CleanText(multiLine = true) String errorRateMethod,
                            @Size(max = Technology.MAX_TEXT) @CleanText(multiLine = true) String internalNotes,
                            @Size(max = 100) String profile,
                            @Size(max = 40) String predecessorReference) {

    Technology.Description toDescription() {
        return new Technology.Description(reference, name, version, type, supplier, description, falsePositiveRate,
                falseNegativeRate, errorRateMethod, internalNotes);
    }
}
