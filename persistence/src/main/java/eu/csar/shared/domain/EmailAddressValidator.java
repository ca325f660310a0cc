package eu.csar.shared.domain;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.regex.Pattern;

/** Checks {@link EmailAddress} (RFC 5321 lengths, RFC 5322 dot-atom local part, RFC 1123 labels). */
public class EmailAddressValidator implements ConstraintValidator<EmailAddress, CharSequence> {

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("[A-Za-z]{2,63}");

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || isEmailAddress(value.toString());
    }

    public static boolean isEmailAddress(String address) {
        int at = address.lastIndexOf('@');
        if (address.length() > 254 || at < 1 || at > 64) {
            return false;
        }
        String domain = address.substring(at + 1);
        if (!LOCAL.matcher(address.substring(0, at)).matches() || domain.length() > 253) {
            return false;
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2 || !TOP_LEVEL.matcher(labels[labels.length - 1]).matches()) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }
}
