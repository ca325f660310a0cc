package eu.csar.it.fuzz;

import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who sends a request: nobody (no token), an attacker with a forged token, and every demo user and
 * provider client of the realm with a real Keycloak token (fetched once, renewed before it expires).
 */
final class Callers {

    static final String ANONYMOUS = "anonymous";
    static final String FORGED = "forged";
    static final List<String> PEOPLE = List.of("admin", "reviewer", "auditor", "ca-nl", "ca-nl-de", "ca-ie", "judge-nl",
            "police-fr", "europol");
    static final List<String> PROVIDERS = List.of("provider-alpha", "provider-beta", "provider-gamma");
    static final List<String> ALL = concat(List.of(ANONYMOUS, FORGED), PEOPLE, PROVIDERS);

    /** Signed with a key Keycloak never had; claims a provider id and every role. */
    private static final String FORGED_TOKEN = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4IiwicmVhbG1fYWNjZXNzIjp7InJvbGVzIjpbImNlbnRyZS1hZG1pbiJdfSwicHJvdmlkZXJfaWQiOiI3ZjNiMWMyZS0wYTRkLTRjMWUtOWI4YS0xZDJlM2Y0YTViMDEifQ.c2lnbmF0dXJl";
    private static final Duration RENEW_AFTER = Duration.ofMinutes(8);

    private final Map<String, String> tokens = new HashMap<>();
    private Instant fetched = Instant.MIN;

    /** True when the request carries a token that the platform must accept as genuine. */
    static boolean authenticated(String caller) {
        return !ANONYMOUS.equals(caller) && !FORGED.equals(caller);
    }

    static boolean provider(String caller) {
        return PROVIDERS.contains(caller);
    }

    /** The bearer token to send, {@code null} for none. */
    String token(String caller) {
        if (ANONYMOUS.equals(caller)) {
            return null;
        }
        if (FORGED.equals(caller)) {
            return FORGED_TOKEN;
        }
        if (Instant.now().isAfter(fetched.plus(RENEW_AFTER))) {
            tokens.clear();
            fetched = Instant.now();
        }
        return tokens.computeIfAbsent(caller, Callers::fetch);
    }

    private static String fetch(String caller) {
        return switch (caller) {
            case "provider-alpha" -> Tokens.provider(Provider.ALPHA);
            case "provider-beta" -> Tokens.provider(Provider.BETA);
            case "provider-gamma" -> Tokens.provider(Provider.GAMMA);
            default -> Tokens.user(caller);
        };
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
