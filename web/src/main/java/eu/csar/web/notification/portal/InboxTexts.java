package eu.csar.web.notification.portal;

import eu.csar.notification.application.InboxItem;
import eu.csar.notification.domain.NotificationKind;
import eu.csar.shared.domain.MemberState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.text.MessageFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * What a notification says, built from its codes when it is read, in the reader's language: e.g.
 * "Left your jurisdiction. Changed: legal representative. Competent now: FR (before: IE).", or
 * "Reminder: the EU Centre's opinion on the draft falls due on 2026-12-29 09:00 UTC." (in a
 * provider's inbox, in the provider's words: "Reminder: your next risk assessment falls due on ...") A code
 * without a label (from a later version) is shown as it is. Used by the inbox page, the home card
 * and the inbox API.
 */
@Named
@ApplicationScoped
public class InboxTexts {

    private static final String BUNDLE = "eu.csar.web.messages";
    private static final int EVERY_MEMBER_STATE = EnumSet.allOf(MemberState.class).size();
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    /** Where the labels of each kind's codes are: a code without a label is shown as it is. */
    private static final Map<NotificationKind, String> CODE_LABELS = Map.of(
            NotificationKind.PROVIDER_CHANGED, "providerChange.",
            NotificationKind.PROVIDER_ENTERED_JURISDICTION, "providerChange.",
            NotificationKind.PROVIDER_LEFT_JURISDICTION, "providerChange.",
            NotificationKind.DEADLINE_REMINDER, "inbox.deadline.",
            NotificationKind.DEADLINE_PASSED, "inbox.deadline.");
    /** A provider's reminders name its own duties ("your next risk assessment"), not a provider's. */
    private static final String PROVIDER_DEADLINES = "inbox.provider.deadline.";
    /** The urgency codes of {@link NotificationKind#DELIVERIES_WAITING}. */
    private static final String URGENT = "URGENT";
    private static final String NORMAL = "NORMAL";

    /** The summary in the language of the page being rendered. */
    public String summary(InboxItem item) {
        return summaryIn(item, pageLocale());
    }

    /**
     * The summary in {@code locale}, without the subject's name. Its pattern gets the codes' labels
     * ({0}; what changed at a provider, the deadline a reminder is about, the Member State that
     * passed a complaint on), the Member States competent before ({1}) and after ({2}), the due
     * time ({3}); for deliveries waiting too long also how many ({4}) and whether urgent ({5})
     * ({@link #waitingArguments}).
     */
    public String summaryIn(InboxItem item, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        String prefix = item.recipient().provider().isPresent() && item.kind() == NotificationKind.DEADLINE_REMINDER
                ? PROVIDER_DEADLINES : CODE_LABELS.getOrDefault(item.kind(), "");
        String codes = item.changes().stream().map(code -> label(bundle, prefix + code, code))
                .collect(Collectors.joining(", "));
        List<Object> args = new ArrayList<>(List.of(codes,
                memberStates(bundle, item.competentBefore()), memberStates(bundle, item.competentAfter()),
                item.dueAt() == null ? "" : DUE.format(item.dueAt())));
        if (item.kind() == NotificationKind.DELIVERIES_WAITING) {
            args.addAll(waitingArguments(bundle, item.changes()));
        }
        return format(bundle, locale, "inbox.summary." + item.kind().name(), args.toArray());
    }

    /** Whose inbox: a Member State's code, or the EU Centre, its operators or the reader's own provider in the page's language. */
    public String recipient(InboxItem item) {
        if (item.recipient().memberState().isPresent()) {
            return item.recipient().code();
        }
        String key = item.recipient().provider().isPresent() ? "inbox.recipient.PROVIDER" : "inbox.recipient." + item.recipient().code();
        return label(bundle(pageLocale()), key, item.recipient().code());
    }

    /** The summary in {@code locale}, led by the subject's name: "Gamma Ltd: Changed: point of contact." */
    public String summaryWithSubjectIn(InboxItem item, Locale locale) {
        return format(bundle(locale), locale, "inbox.summary.withSubject", item.subjectLabel(), summaryIn(item, locale));
    }

    /**
     * Deliveries waiting too long: {4} how many (a number, for the plural), {5} "urgent" or "non-urgent"; the
     * recipient is the subject's label. A notification's codes are a set, stored sorted, so they are told
     * apart by their form, not their order.
     */
    private static List<Object> waitingArguments(ResourceBundle bundle, List<String> codes) {
        String urgency = codes.contains(URGENT) ? URGENT : NORMAL;
        long count = codes.stream().filter(InboxTexts::isCount).mapToLong(Long::parseLong).findFirst().orElse(0);
        return List.of(count, label(bundle, "inbox.code." + urgency, urgency));
    }

    private static boolean isCount(String code) {
        return !code.isEmpty() && code.length() < 10 && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String memberStates(ResourceBundle bundle, Collection<MemberState> states) {
        if (states.size() == EVERY_MEMBER_STATE) {
            return label(bundle, "inbox.everyMemberState", "EU");
        }
        return states.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }

    private static String format(ResourceBundle bundle, Locale locale, String key, Object... args) {
        return new MessageFormat(label(bundle, key, key), locale).format(args);
    }

    private static String label(ResourceBundle bundle, String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, InboxTexts.class.getClassLoader());
    }

    private static Locale pageLocale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.ENGLISH;
    }
}
