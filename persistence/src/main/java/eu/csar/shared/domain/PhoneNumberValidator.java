package eu.csar.shared.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.regex.Pattern;

/** Checks {@link PhoneNumber}: only digits, spaces and {@code ()./-} after a leading +, and a valid number. */
public class PhoneNumberValidator implements ConstraintValidator<PhoneNumber, CharSequence> {

    private static final Pattern INTERNATIONAL = Pattern.compile("\\+[0-9 ()./-]{6,39}");
    /** "Unknown region": the number must carry its country code. */
    private static final String NO_DEFAULT_REGION = "ZZ";

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || isPhoneNumber(value.toString());
    }

    public static boolean isPhoneNumber(String number) {
        if (!INTERNATIONAL.matcher(number).matches()) {
            return false;
        }
        PhoneNumberUtil numbers = PhoneNumberUtil.getInstance();
        try {
            return numbers.isValidNumber(numbers.parse(number, NO_DEFAULT_REGION));
        } catch (NumberParseException e) {
            return false;
        }
    }
}
