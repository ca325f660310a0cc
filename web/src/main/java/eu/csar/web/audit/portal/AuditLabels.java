package eu.csar.web.audit.portal;

import eu.csar.web.platform.portal.FormatBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The stored codes of an audit entry as the auditor reads them, in the user's language: roles
 * ({@code role.<role>}), object types ({@code auditObjectType.<Type>}) and purposes
 * ({@code auditPurpose.<words-joined-by-dashes>}). A code without a label is shown as stored.
 */
@Named("auditLabels")
@ApplicationScoped
public class AuditLabels {

    @Inject
    FormatBean fmt;

    /** "centre-admin,centre-auditor" becomes "EU Centre administrator, EU Centre auditor". */
    public String roles(String stored) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        return Arrays.stream(stored.split(",")).map(String::trim).filter(r -> !r.isEmpty())
                .map(r -> fmt.label("role", r)).collect(Collectors.joining(", "));
    }

    public String objectType(String stored) {
        return fmt.label("auditObjectType", stored);
    }

    public String purpose(String stored) {
        if (stored == null) {
            return "";
        }
        String key = purposeKey(stored);
        String label = fmt.label("auditPurpose", key);
        return label.equals(key) ? stored : label;
    }

    /** "inform competent authority of CONTACT_POINT" gives "inform-competent-authority-of-contact-point". */
    static String purposeKey(String purpose) {
        String key = purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return key.isEmpty() ? purpose : key;
    }
}
