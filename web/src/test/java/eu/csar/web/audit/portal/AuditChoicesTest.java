package eu.csar.web.audit.portal;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The action drop-down comes from the bundle itself, grouped by the context that records each action. */
class AuditChoicesTest {

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(AuditChoices.BUNDLE, locale);
    }

    @Test
    void everyLabelledActionIsOfferedOnceInTheGroupOfItsContext() {
        List<SelectItem> groups = AuditChoices.actionGroups(bundle(Locale.ENGLISH));
        List<String> groupLabels = groups.stream().map(SelectItem::getLabel).toList();
        assertEquals(List.of("Access", "Audit trail", "Notifications", "Provider registry"), groupLabels.stream()
                .filter(l -> List.of("Access", "Audit trail", "Notifications", "Provider registry").contains(l)).toList());
        SelectItemGroup registry = (SelectItemGroup) groups.get(groupLabels.indexOf("Provider registry"));
        List<String> registryLabels = Arrays.stream(registry.getSelectItems()).map(SelectItem::getLabel).toList();
        assertEquals(registryLabels.stream().sorted().toList(), registryLabels, "alphabetical within the group");
        assertEquals(true, registryLabels.contains("Provider read"), registryLabels.toString());
        long offered = groups.stream().mapToLong(g -> ((SelectItemGroup) g).getSelectItems().length).sum();
        long labelled = bundle(Locale.ENGLISH).keySet().stream().filter(k -> k.startsWith("auditAction.")).count();
        assertEquals(labelled, offered);
    }

    @Test
    void theValueIsTheStoredCodeAndTheLabelIsDutchForDutchUsers() {
        SelectItemGroup audit = (SelectItemGroup) AuditChoices.actionGroups(bundle(Locale.forLanguageTag("nl"))).stream()
                .filter(g -> g.getLabel().equals("Audittrail")).findFirst().orElseThrow();
        SelectItem searched = Arrays.stream(audit.getSelectItems()).filter(i -> "AUDIT_TRAIL_SEARCHED".equals(i.getValue()))
                .findFirst().orElseThrow();
        assertEquals("Audittrail doorzocht", searched.getLabel());
    }

    @Test
    void anActionOfAnUnknownContextIsOfferedUnderOther() {
        assertEquals("Other", AuditChoices.groupLabel(bundle(Locale.ENGLISH), "TRANSPARENCY_REPORT_PUBLISHED"));
        assertEquals("Reports", AuditChoices.groupLabel(bundle(Locale.ENGLISH), "REPORT_OPENED"));
        assertEquals("Other", AuditChoices.groupLabel(bundle(Locale.ENGLISH), "SINGLEWORD"));
        assertEquals("Provider registry", AuditChoices.groupLabel(bundle(Locale.ENGLISH), "PROVIDER_READ"));
    }
}
