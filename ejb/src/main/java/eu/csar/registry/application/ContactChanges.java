package eu.csar.registry.application;

import eu.csar.registry.api.ProviderContactChanged.Change;
import eu.csar.registry.domain.Provider;
import eu.csar.registry.domain.ProviderProfile;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which parts of an entry that the competent authorities must hear about (Art 23, 24, 26) an
 * amendment changes: point of contact, legal representative (appointed, replaced or dropped) and
 * main establishment. A new name or list of services is not told.
 */
final class ContactChanges {

    private ContactChanges() {
    }

    static Set<Change> between(Provider current, ProviderProfile amended) {
        Set<Change> changes = EnumSet.noneOf(Change.class);
        if (!Objects.equals(amended.contactPoint(), current.contactPoint())) {
            changes.add(Change.CONTACT_POINT);
        }
        if (!Objects.equals(amended.legalRepresentative(), current.legalRepresentative().orElse(null))) {
            changes.add(Change.LEGAL_REPRESENTATIVE);
        }
        if (!Objects.equals(amended.mainEstablishment(), current.mainEstablishment().orElse(null))) {
            changes.add(Change.MAIN_ESTABLISHMENT);
        }
        return changes;
    }
}
