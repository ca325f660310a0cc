package eu.csar.web.audit.portal;

import eu.csar.audit.api.AuditOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Named;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The audit screen's drop-down choices, in the user's language. The bundle is the catalogue: every
 * action any context records has its label {@code auditAction.<CODE>} there (see {@code AuditAction}),
 * every object type {@code auditObjectType.<Type>}. Actions are grouped by the context that records
 * them, read from the code's first word ({@code PROVIDER_READ} belongs to {@code auditGroup.PROVIDER}),
 * so that a context's new action joins its group without changes here; an unknown first word goes
 * to {@code auditGroup.OTHER}.
 */
@Named("auditChoices")
@ApplicationScoped
public class AuditChoices {

    static final String BUNDLE = "eu.csar.web.messages";
    static final String ACTION = "auditAction.";
    static final String OBJECT_TYPE = "auditObjectType.";
    static final String GROUP = "auditGroup.";

    public List<AuditOutcome> getOutcomes() {
        return List.of(AuditOutcome.values());
    }

    /** The recorded actions as option groups, groups and actions in alphabetical order of their labels. */
    public List<SelectItem> getActionGroups() {
        return actionGroups(bundle());
    }

    public List<SelectItem> getObjectTypes() {
        ResourceBundle bundle = bundle();
        return codes(bundle, OBJECT_TYPE).stream()
                .map(type -> new SelectItem(type, bundle.getString(OBJECT_TYPE + type)))
                .sorted(byLabel(bundle.getLocale()))
                .toList();
    }

    static List<SelectItem> actionGroups(ResourceBundle bundle) {
        Map<String, List<SelectItem>> groups = new TreeMap<>(Collator.getInstance(bundle.getLocale()));
        for (String code : codes(bundle, ACTION)) {
            groups.computeIfAbsent(groupLabel(bundle, code), g -> new ArrayList<>())
                    .add(new SelectItem(code, bundle.getString(ACTION + code)));
        }
        List<SelectItem> items = new ArrayList<>();
        groups.forEach((label, actions) -> {
            actions.sort(byLabel(bundle.getLocale()));
            items.add(new SelectItemGroup(label, null, false, actions.toArray(SelectItem[]::new)));
        });
        return items;
    }

    static String groupLabel(ResourceBundle bundle, String code) {
        String firstWord = code.contains("_") ? code.substring(0, code.indexOf('_')) : code;
        return bundle.containsKey(GROUP + firstWord) ? bundle.getString(GROUP + firstWord) : bundle.getString(GROUP + "OTHER");
    }

    private static List<String> codes(ResourceBundle bundle, String prefix) {
        return bundle.keySet().stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length()))
                .sorted().collect(Collectors.toList());
    }

    private static Comparator<SelectItem> byLabel(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return (a, b) -> collator.compare(a.getLabel(), b.getLabel());
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.ENGLISH;
        return ResourceBundle.getBundle(BUNDLE, locale, Thread.currentThread().getContextClassLoader());
    }
}
