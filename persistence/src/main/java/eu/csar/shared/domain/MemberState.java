package eu.csar.shared.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The 27 Member States of the European Union, by ISO 3166-1 alpha-2 code (Greece is {@code GR},
 * not the EU's {@code EL}: partner APIs speak ISO). Jurisdiction, tenancy and routing are
 * expressed in these codes.
 */
public enum MemberState {
    AT, BE, BG, CY, CZ, DE, DK, EE, ES, FI, FR, GR, HR, HU, IE, IT, LT, LU, LV, MT, NL, PL, PT, RO, SE, SI, SK;

    /** Parses an ISO alpha-2 code, case-insensitively; empty for anything that is not a Member State. */
    public static Optional<MemberState> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String upper = code.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(ms -> ms.name().equals(upper)).findFirst();
    }
}
