package eu.csar.shared.domain;

import java.util.logging.Logger;

/** Whole-number settings of the server from its system properties, with a fallback when one is missing or not a number. */
public final class SystemSettings {

    private static final Logger LOG = Logger.getLogger(SystemSettings.class.getName());

    private SystemSettings() {
    }

    /** The system property {@code property} as a number, or {@code fallback} (logged when the property is not a number). */
    public static long number(String property, long fallback) {
        String value = System.getProperty(property);
        try {
            return value == null || value.isBlank() ? fallback : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            LOG.warning(() -> "system property " + property + "=" + value + " is not a number; using " + fallback);
            return fallback;
        }
    }

    /** The system property {@code property} as a positive number, or {@code fallback} (logged when it is set but not one). */
    public static long positiveNumber(String property, long fallback) {
        long value = number(property, fallback);
        if (value > 0) {
            return value;
        }
        LOG.warning(() -> "system property " + property + "=" + value + " is not positive; using " + fallback);
        return fallback;
    }
}
