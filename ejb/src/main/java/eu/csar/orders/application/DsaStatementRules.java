package eu.csar.orders.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The field rules the DSA Transparency Database enforces on a statement of reasons (Art 17 and
 * 24(5) of Regulation (EU) 2022/2065) and on a submission of several ({@code POST /api/v1/statements},
 * {@code {"statements":[...]}}), as its own validation states them (repository
 * {@code digital-services-act/transparency-database}: {@code StatementStoreRequest},
 * {@code GroupedSubmissionsService}, {@code Statement}, {@code EuropeanCountriesService}): required
 * fields, the allowed values of every enumerated field, maximum lengths, the puid's characters, the
 * date format and range, and 1 to 100 statements per submission with no puid twice. One rule more
 * than the database checks: no date lies after today (a decision cannot be applied tomorrow). An
 * export is checked against these rules before a provider gets it, so a batch the database would
 * refuse never leaves the platform.
 */
public final class DsaStatementRules {

    /** At most this many statements in one submission. */
    public static final int MAX_BATCH = 100;

    static final Set<String> DECISION_VISIBILITIES = Set.of("DECISION_VISIBILITY_CONTENT_REMOVED",
            "DECISION_VISIBILITY_CONTENT_DISABLED", "DECISION_VISIBILITY_CONTENT_DEMOTED",
            "DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED", "DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED",
            "DECISION_VISIBILITY_CONTENT_LABELLED", "DECISION_VISIBILITY_OTHER");
    static final Set<String> DECISION_MONETARIES = Set.of("DECISION_MONETARY_SUSPENSION", "DECISION_MONETARY_TERMINATION",
            "DECISION_MONETARY_OTHER");
    static final Set<String> DECISION_PROVISIONS = Set.of("DECISION_PROVISION_PARTIAL_SUSPENSION",
            "DECISION_PROVISION_TOTAL_SUSPENSION", "DECISION_PROVISION_PARTIAL_TERMINATION", "DECISION_PROVISION_TOTAL_TERMINATION");
    static final Set<String> DECISION_ACCOUNTS = Set.of("DECISION_ACCOUNT_SUSPENDED", "DECISION_ACCOUNT_TERMINATED");
    static final Set<String> ACCOUNT_TYPES = Set.of("ACCOUNT_TYPE_BUSINESS", "ACCOUNT_TYPE_PRIVATE");
    static final Set<String> DECISION_GROUNDS = Set.of("DECISION_GROUND_ILLEGAL_CONTENT", "DECISION_GROUND_INCOMPATIBLE_CONTENT");
    static final Set<String> CONTENT_TYPES = Set.of("CONTENT_TYPE_APP", "CONTENT_TYPE_AUDIO", "CONTENT_TYPE_IMAGE",
            "CONTENT_TYPE_PRODUCT", "CONTENT_TYPE_SYNTHETIC_MEDIA", "CONTENT_TYPE_TEXT", "CONTENT_TYPE_VIDEO", "CONTENT_TYPE_OTHER");
    static final Set<String> CATEGORIES = Set.of("STATEMENT_CATEGORY_ANIMAL_WELFARE", "STATEMENT_CATEGORY_CONSUMER_INFORMATION",
            "STATEMENT_CATEGORY_CYBER_VIOLENCE", "STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN",
            "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS", "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
            "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
            "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS", "STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE",
            "STATEMENT_CATEGORY_OTHER_VIOLATION_TC", "STATEMENT_CATEGORY_PROTECTION_OF_MINORS",
            "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY", "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "STATEMENT_CATEGORY_SELF_HARM",
            "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS", "STATEMENT_CATEGORY_VIOLENCE");
    static final Set<String> KEYWORDS = Set.of("KEYWORD_ADULT_SEXUAL_MATERIAL", "KEYWORD_AGE_SPECIFIC_RESTRICTIONS",
            "KEYWORD_AGE_SPECIFIC_RESTRICTIONS_MINORS", "KEYWORD_ANIMAL_HARM", "KEYWORD_BIOMETRIC_DATA_BREACH",
            "KEYWORD_BULLYING_AGAINST_GIRLS", "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL", "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL_DEEPFAKE",
            "KEYWORD_CONTENT_PROMOTING_EATING_DISORDERS", "KEYWORD_COORDINATED_HARM", "KEYWORD_COPYRIGHT_INFRINGEMENT",
            "KEYWORD_CYBER_BULLYING_INTIMIDATION", "KEYWORD_CYBER_HARASSMENT", "KEYWORD_CYBER_HARASSMENT_AGAINST_WOMEN",
            "KEYWORD_CYBER_INCITEMENT", "KEYWORD_CYBER_STALKING", "KEYWORD_CYBER_STALKING_AGAINST_WOMEN",
            "KEYWORD_DATA_FALSIFICATION", "KEYWORD_DEFAMATION", "KEYWORD_DESIGN_INFRINGEMENT", "KEYWORD_DISCRIMINATION",
            "KEYWORD_FEMALE_GENDERED_DISINFORMATION", "KEYWORD_GEOGRAPHIC_INDICATIONS_INFRINGEMENT",
            "KEYWORD_GEOGRAPHICAL_REQUIREMENTS", "KEYWORD_GOODS_SERVICES_NOT_PERMITTED", "KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS",
            "KEYWORD_HATE_SPEECH", "KEYWORD_HIDDEN_ADVERTISEMENT", "KEYWORD_HUMAN_EXPLOITATION", "KEYWORD_HUMAN_TRAFFICKING",
            "KEYWORD_ILLEGAL_ORGANIZATIONS", "KEYWORD_IMPERSONATION_ACCOUNT_HIJACKING", "KEYWORD_INAUTHENTIC_ACCOUNTS",
            "KEYWORD_INAUTHENTIC_LISTINGS", "KEYWORD_INAUTHENTIC_USER_REVIEWS", "KEYWORD_INCITEMENT_AGAINST_WOMEN",
            "KEYWORD_INCITEMENT_VIOLENCE_HATRED", "KEYWORD_INSUFFICIENT_INFORMATION_ON_TRADERS", "KEYWORD_LANGUAGE_REQUIREMENTS",
            "KEYWORD_MISINFORMATION_DISINFORMATION", "KEYWORD_MISLEADING_INFO_CONSUMER_RIGHTS",
            "KEYWORD_MISLEADING_INFO_GOODS_SERVICES", "KEYWORD_MISSING_PROCESSING_GROUND", "KEYWORD_NON_CONSENSUAL_IMAGE_SHARING",
            "KEYWORD_NON_CONSENSUAL_IMAGE_SHARING_AGAINST_WOMEN", "KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE",
            "KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE_AGAINST_WOMEN", "KEYWORD_NONCOMPLIANCE_PRICING", "KEYWORD_NUDITY",
            "KEYWORD_PATENT_INFRINGEMENT", "KEYWORD_PHISHING", "KEYWORD_PROHIBITED_PRODUCTS", "KEYWORD_PYRAMID_SCHEMES",
            "KEYWORD_RIGHT_TO_BE_FORGOTTEN", "KEYWORD_RISK_ENVIRONMENTAL_DAMAGE", "KEYWORD_RISK_PUBLIC_HEALTH",
            "KEYWORD_SELF_MUTILATION", "KEYWORD_STALKING", "KEYWORD_SUICIDE", "KEYWORD_TERRORIST_CONTENT",
            "KEYWORD_TRADE_SECRET_INFRINGEMENT", "KEYWORD_TRADEMARK_INFRINGEMENT", "KEYWORD_TRAFFICKING_WOMEN_GIRLS",
            "KEYWORD_UNLAWFUL_SALE_ANIMALS", "KEYWORD_UNSAFE_CHALLENGES", "KEYWORD_UNSAFE_PRODUCTS", "KEYWORD_VIOLATION_EU_LAW",
            "KEYWORD_VIOLATION_NATIONAL_LAW", "KEYWORD_OTHER");
    static final Set<String> SOURCE_TYPES = Set.of("SOURCE_ARTICLE_16", "SOURCE_TRUSTED_FLAGGER",
            "SOURCE_TYPE_OTHER_NOTIFICATION", "SOURCE_VOLUNTARY");
    static final Set<String> AUTOMATED_DETECTIONS = Set.of("Yes", "No");
    static final Set<String> AUTOMATED_DECISIONS = Set.of("AUTOMATED_DECISION_FULLY", "AUTOMATED_DECISION_PARTIALLY",
            "AUTOMATED_DECISION_NOT_AUTOMATED");
    /** The EU and EEA countries the database accepts (Greece is GR, as ISO and as the platform's MemberState). */
    static final Set<String> TERRITORIES = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR",
            "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK");

    static final Map<String, Integer> MAX_LENGTHS = Map.of("decision_visibility_other", 500, "decision_monetary_other", 500,
            "category_specification_other", 500, "decision_ground_reference_url", 500, "illegal_content_legal_ground", 500,
            "illegal_content_explanation", 2000, "incompatible_content_ground", 500, "incompatible_content_explanation", 2000,
            "content_type_other", 500, "decision_facts", 5000);
    static final int MAX_SOURCE_IDENTITY = 500;
    static final int MAX_PUID = 500;

    static final List<String> REQUIRED = List.of("decision_ground", "content_type", "category", "territorial_scope",
            "content_date", "application_date", "decision_facts", "source_type", "automated_detection", "automated_decision", "puid");

    private static final Pattern PUID = Pattern.compile("^[a-zA-Z0-9_-]+$");
    private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    private static final LocalDate LATEST = LocalDate.of(2038, 1, 1);

    /** One broken rule: the field (with its statement's index in a batch, e.g. {@code statements[3].puid}) and why. */
    public record Violation(String field, String message) {
    }

    private DsaStatementRules() {
    }

    /** What is wrong with a submission of {@code statements}, each checked; empty when the database would accept it. */
    public static List<Violation> batch(List<Map<String, Object>> statements, LocalDate today) {
        List<Violation> found = new ArrayList<>();
        if (statements == null || statements.isEmpty() || statements.size() > MAX_BATCH) {
            found.add(new Violation("statements", "between 1 and " + MAX_BATCH + " statements in one submission, not "
                    + (statements == null ? 0 : statements.size())));
            if (statements == null) {
                return found;
            }
        }
        Set<Object> puids = new HashSet<>();
        for (int i = 0; i < statements.size(); i++) {
            String prefix = "statements[" + i + "].";
            for (Violation v : statement(statements.get(i), today)) {
                found.add(new Violation(prefix + v.field(), v.message()));
            }
            Object puid = statements.get(i).get("puid");
            if (puid != null && !puids.add(puid)) {
                found.add(new Violation(prefix + "puid", "the puid " + puid + " appears twice in one submission"));
            }
        }
        return found;
    }

    /** What is wrong with one statement; empty when the database would accept it. */
    public static List<Violation> statement(Map<String, Object> s, LocalDate today) {
        List<Violation> found = new ArrayList<>();
        for (String field : REQUIRED) {
            if (blank(s.get(field))) {
                found.add(new Violation(field, "required"));
            }
        }
        if (blank(s.get("decision_visibility")) && blank(s.get("decision_monetary")) && blank(s.get("decision_provision"))
                && blank(s.get("decision_account"))) {
            found.add(new Violation("decision_visibility",
                    "one of decision_visibility, decision_monetary, decision_provision, decision_account is required"));
        }
        list(s, "decision_visibility", DECISION_VISIBILITIES, found);
        one(s, "decision_monetary", DECISION_MONETARIES, found);
        one(s, "decision_provision", DECISION_PROVISIONS, found);
        one(s, "decision_account", DECISION_ACCOUNTS, found);
        one(s, "account_type", ACCOUNT_TYPES, found);
        one(s, "decision_ground", DECISION_GROUNDS, found);
        list(s, "content_type", CONTENT_TYPES, found);
        one(s, "category", CATEGORIES, found);
        list(s, "category_addition", CATEGORIES, found);
        list(s, "category_specification", KEYWORDS, found);
        list(s, "territorial_scope", TERRITORIES, found);
        one(s, "source_type", SOURCE_TYPES, found);
        one(s, "automated_detection", AUTOMATED_DETECTIONS, found);
        one(s, "automated_decision", AUTOMATED_DECISIONS, found);

        requiredWhen(s, "illegal_content_legal_ground", "decision_ground", "DECISION_GROUND_ILLEGAL_CONTENT", found);
        requiredWhen(s, "illegal_content_explanation", "decision_ground", "DECISION_GROUND_ILLEGAL_CONTENT", found);
        requiredWhen(s, "incompatible_content_ground", "decision_ground", "DECISION_GROUND_INCOMPATIBLE_CONTENT", found);
        requiredWhen(s, "incompatible_content_explanation", "decision_ground", "DECISION_GROUND_INCOMPATIBLE_CONTENT", found);
        requiredWhen(s, "content_type_other", "content_type", "CONTENT_TYPE_OTHER", found);
        requiredWhen(s, "decision_visibility_other", "decision_visibility", "DECISION_VISIBILITY_OTHER", found);
        requiredWhen(s, "decision_monetary_other", "decision_monetary", "DECISION_MONETARY_OTHER", found);

        MAX_LENGTHS.forEach((field, max) -> maxLength(s, field, max, found));
        maxLength(s, "source_identity", MAX_SOURCE_IDENTITY, found);
        maxLength(s, "puid", MAX_PUID, found);
        Object puid = s.get("puid");
        if (puid != null && !PUID.matcher(puid.toString()).matches()) {
            found.add(new Violation("puid", "only letters, digits, '-' and '_'"));
        }
        Object url = s.get("decision_ground_reference_url");
        if (url != null && !url.toString().matches("^https?://[^\\s]+$")) {
            found.add(new Violation("decision_ground_reference_url", "not a URL"));
        }
        LocalDate content = date(s, "content_date", LocalDate.of(2000, 1, 1), today, found);
        LocalDate applied = date(s, "application_date", LocalDate.of(2020, 1, 1), today, found);
        if (content != null && applied != null && content.isAfter(applied)) {
            found.add(new Violation("content_date", "after the application date"));
        }
        return found;
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank() || value instanceof Collection<?> c && c.isEmpty();
    }

    private static void one(Map<String, Object> s, String field, Set<String> allowed, List<Violation> found) {
        Object value = s.get(field);
        if (value != null && !allowed.contains(value.toString())) {
            found.add(new Violation(field, "not an allowed value: " + value));
        }
    }

    private static void list(Map<String, Object> s, String field, Set<String> allowed, List<Violation> found) {
        Object value = s.get(field);
        if (value == null) {
            return;
        }
        if (!(value instanceof Collection<?> values)) {
            found.add(new Violation(field, "must be an array"));
            return;
        }
        for (Object v : values) {
            if (v == null || !allowed.contains(v.toString())) {
                found.add(new Violation(field, "not an allowed value: " + v));
            }
        }
        if (new HashSet<>(values).size() != values.size()) {
            found.add(new Violation(field, "a value appears twice"));
        }
    }

    private static void requiredWhen(Map<String, Object> s, String field, String on, String value, List<Violation> found) {
        Object given = s.get(on);
        boolean applies = given instanceof Collection<?> c ? c.contains(value) : value.equals(given);
        if (applies && blank(s.get(field))) {
            found.add(new Violation(field, "required when " + on + " is " + value));
        }
    }

    private static void maxLength(Map<String, Object> s, String field, int max, List<Violation> found) {
        Object value = s.get(field);
        if (value != null && value.toString().length() > max) {
            found.add(new Violation(field, "at most " + max + " characters, not " + value.toString().length()));
        }
    }

    private static LocalDate date(Map<String, Object> s, String field, LocalDate earliest, LocalDate today, List<Violation> found) {
        Object value = s.get(field);
        if (value == null) {
            return null;
        }
        LocalDate date;
        try {
            if (!DATE.matcher(value.toString()).matches()) {
                throw new DateTimeParseException("not YYYY-MM-DD", value.toString(), 0);
            }
            date = LocalDate.parse(value.toString());
        } catch (DateTimeParseException e) {
            found.add(new Violation(field, "not a date in the form YYYY-MM-DD: " + value));
            return null;
        }
        if (date.isBefore(earliest)) {
            found.add(new Violation(field, "before " + earliest));
        }
        if (date.isAfter(LATEST)) {
            found.add(new Violation(field, "after " + LATEST));
        }
        if (date.isAfter(today)) {
            found.add(new Violation(field, "in the future (today is " + today + ")"));
        }
        return date;
    }
}
