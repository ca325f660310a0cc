package eu.csar.orders.domain;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.api.ProfileRef;
import eu.csar.legal.api.ProfileValue;
import eu.csar.legal.api.ValueKind;
import eu.csar.shared.domain.RuleViolationException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The values of one legal profile version that a detection order runs on (Art 7-9), read once when
 * the order's case pins the version and checked complete: the order types the profile provides
 * ({@code orders.types} must list {@code DETECTION_ORDER}), the detection types, the EU Centre's
 * opinion period, the provider's comment period rule, the start window, the maximum duration and
 * mid-term report threshold per type, the appeal window, the grooming safeguards and what an Annex II
 * answer pauses. A profile without them (the Council's 2025 general approach) is refused with a
 * {@link DetectionOrderNotProvidedException} that names it. Every period keeps its key and Article,
 * so that a refusal can say which rule of which law it applies.
 */
public final class DetectionOrderProfile {

    /** The order type code in {@code orders.types}. */
    public static final String ORDER_TYPE = "DETECTION_ORDER";

    /** A period of the profile with where it comes from, e.g. {@code P3M} of {@code detection-order.start-earliest}, Art 7(9). */
    public record Rule(ProfileKey key, LegalPeriod period, String article) {

        /** How a refusal names it: {@code P3M (detection-order.start-earliest, Art 7(9), second subparagraph)}. */
        public String describe() {
            return period.iso() + " (" + key.key() + ", " + article + ")";
        }
    }

    private static final List<ProfileKey> PERIODS = List.of(
            ProfileKey.DETECTION_ORDER__CENTRE_OPINION_PERIOD, ProfileKey.DETECTION_ORDER__CENTRE_OPINION_REMINDER,
            ProfileKey.DETECTION_ORDER__START_EARLIEST,
            ProfileKey.DETECTION_ORDER__START_LATEST, ProfileKey.DETECTION_ORDER__APPEAL_WINDOW,
            ProfileKey.DETECTION_ORDER__MAX_DURATION__KNOWN_MATERIAL, ProfileKey.DETECTION_ORDER__MAX_DURATION__NEW_MATERIAL,
            ProfileKey.DETECTION_ORDER__MAX_DURATION__GROOMING, ProfileKey.DETECTION_ORDER__MID_TERM_REPORT_THRESHOLD,
            ProfileKey.DETECTION_ORDER__MID_TERM_REPORT_THRESHOLD__GROOMING);
    private static final List<ProfileKey> LISTS = List.of(
            ProfileKey.DETECTION_ORDER__DETECTION_TYPES, ProfileKey.DETECTION_ORDER__GROOMING_EXTRA_STEPS,
            ProfileKey.DETECTION_ORDER__ANNEX_II_PAUSES);

    private final ProfileRef ref;
    private final Map<ProfileKey, Rule> rules;
    private final Set<DetectionOrderType> types;
    private final List<String> groomingSteps;
    private final Set<DetectionOrderClock> annexIIPauses;
    private final String commentPeriodRule;

    private DetectionOrderProfile(ProfileRef ref, Map<ProfileKey, Rule> rules, Set<DetectionOrderType> types,
                                  List<String> groomingSteps, Set<DetectionOrderClock> annexIIPauses, String commentPeriodRule) {
        this.ref = ref;
        this.rules = rules;
        this.types = types;
        this.groomingSteps = groomingSteps;
        this.annexIIPauses = annexIIPauses;
        this.commentPeriodRule = commentPeriodRule;
    }

    /**
     * Reads the detection-order values of the version {@code ref} from its {@code values} (e.g. the
     * {@code ProfileView} the legal profiles service opens).
     *
     * @throws DetectionOrderNotProvidedException naming the profile, when it has no detection orders
     *         or lacks (or mistypes) any value they need: every such problem in one message
     */
    public static DetectionOrderProfile of(ProfileRef ref, Collection<ProfileValue> values) {
        Map<String, ProfileValue> byKey = values.stream().collect(Collectors.toMap(ProfileValue::key, Function.identity()));
        List<String> problems = new ArrayList<>();
        ProfileValue orderTypes = byKey.get(ProfileKey.ORDERS__TYPES.key());
        if (orderTypes == null || !orderTypes.items().contains(ORDER_TYPE)) {
            problems.add(ProfileKey.ORDERS__TYPES.key() + " lists " + (orderTypes == null ? "nothing" : orderTypes.text())
                    + ", not " + ORDER_TYPE);
        }
        Map<ProfileKey, Rule> rules = new EnumMap<>(ProfileKey.class);
        for (ProfileKey key : PERIODS) {
            ProfileValue v = present(byKey, key, ValueKind.DURATION, problems);
            if (v != null) {
                rules.put(key, new Rule(key, LegalPeriod.parse(v.text()), v.article()));
            }
        }
        Map<ProfileKey, List<String>> lists = new HashMap<>();
        for (ProfileKey key : LISTS) {
            ProfileValue v = present(byKey, key, ValueKind.LIST, problems);
            lists.put(key, v == null ? List.of() : v.items());
        }
        ProfileValue comment = present(byKey, ProfileKey.DETECTION_ORDER__PROVIDER_COMMENT_PERIOD, ValueKind.TEXT, problems);
        Set<DetectionOrderType> types = codes(DetectionOrderType.class, ProfileKey.DETECTION_ORDER__DETECTION_TYPES,
                lists.get(ProfileKey.DETECTION_ORDER__DETECTION_TYPES), problems);
        Set<DetectionOrderClock> pauses = codes(DetectionOrderClock.class, ProfileKey.DETECTION_ORDER__ANNEX_II_PAUSES,
                lists.get(ProfileKey.DETECTION_ORDER__ANNEX_II_PAUSES), problems);
        if (!problems.isEmpty()) {
            throw new DetectionOrderNotProvidedException(ref, String.join("; ", problems));
        }
        return new DetectionOrderProfile(ref, rules, types, lists.get(ProfileKey.DETECTION_ORDER__GROOMING_EXTRA_STEPS),
                pauses, comment.text());
    }

    private static ProfileValue present(Map<String, ProfileValue> byKey, ProfileKey key, ValueKind kind, List<String> problems) {
        ProfileValue v = byKey.get(key.key());
        if (v == null) {
            problems.add(key.key() + " is absent");
            return null;
        }
        if (v.kind() != kind) {
            problems.add(key.key() + " is a " + v.kind() + ", not a " + kind);
            return null;
        }
        return v;
    }

    private static <C extends Enum<C>> Set<C> codes(Class<C> type, ProfileKey key, List<String> items, List<String> problems) {
        Set<C> codes = EnumSet.noneOf(type);
        for (String item : items) {
            try {
                codes.add(Enum.valueOf(type, item));
            } catch (IllegalArgumentException unknown) {
                problems.add(key.key() + " names " + item + ", which the platform does not know");
            }
        }
        return codes;
    }

    /** The profile version these values come from. */
    public ProfileRef ref() {
        return ref;
    }

    /** The period of {@code key} (one of the detection-order durations) with its Article. */
    public Rule rule(ProfileKey key) {
        Rule rule = rules.get(key);
        if (rule == null) {
            throw new IllegalArgumentException(key.key() + " is not a detection-order period");
        }
        return rule;
    }

    /** The detection types the profile allows. */
    public Set<DetectionOrderType> types() {
        return Set.copyOf(types);
    }

    /** How the provider's comment period is set (the Coordinating Authority sets it, Art 7(3), point (a)). */
    public String commentPeriodRule() {
        return commentPeriodRule;
    }

    /** The dates an Annex II answer holds (Art 8(3)). */
    public Set<DetectionOrderClock> annexIIPauses() {
        return Set.copyOf(annexIIPauses);
    }

    /**
     * Refuses a type the profile does not allow.
     *
     * @throws RuleViolationException INVALID, field {@code detectionType}
     */
    public void checkType(DetectionOrderType type) {
        if (!types.contains(type)) {
            throw RuleViolationException.invalid("detectionType",
                    "The legal profile " + ref + " allows detection orders for " + types + " ("
                            + ProfileKey.DETECTION_ORDER__DETECTION_TYPES.key() + "), not " + type);
        }
    }

    /** The safeguards a request of {@code type} still lacks before it may go to the issuing authority (grooming: Art 7(3), second subparagraph). */
    public List<String> missingBeforeSubmission(DetectionOrderType type, Set<String> recorded) {
        if (type != DetectionOrderType.GROOMING) {
            return List.of();
        }
        return groomingSteps.stream().filter(step -> !recorded.contains(step)).toList();
    }

    /**
     * Refuses to submit a grooming request to the issuing authority before every step the profile's
     * {@code detection-order.grooming-extra-steps} lists (DPIA, the data-protection authority's
     * opinion) is recorded.
     *
     * @throws RuleViolationException INVALID, field {@code safeguards}, naming what is missing
     */
    public void checkReadyForSubmission(DetectionOrderType type, Set<String> recorded) {
        List<String> missing = missingBeforeSubmission(type, recorded);
        if (!missing.isEmpty()) {
            throw RuleViolationException.invalid("safeguards",
                    "A " + type + " detection order goes to the issuing authority only with " + missing + " recorded ("
                            + ProfileKey.DETECTION_ORDER__GROOMING_EXTRA_STEPS.key() + ", " + ref + ")");
        }
    }
}
