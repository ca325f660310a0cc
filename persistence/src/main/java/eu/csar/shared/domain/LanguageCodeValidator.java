package eu.csar.shared.domain;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.Locale;
import java.util.Set;

/** Checks {@link LanguageCode} against the JDK's list of ISO 639-1 codes. */
public class LanguageCodeValidator implements ConstraintValidator<LanguageCode, CharSequence> {

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || ISO_639_1.contains(value.toString());
    }
}
