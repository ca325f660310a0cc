package eu.csar.web.registry.portal;

import eu.csar.registry.domain.ProviderProfile;
import eu.csar.registry.domain.ServiceType;
import eu.csar.shared.domain.MemberState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The form's side of the contract with the service: what it sends, and where the answers land. */
class ProviderEditPageTest {

    @Test
    void violationsOfTheProfileLandOnTheirFields() {
        assertEquals("edit:legalName", ProviderEditPage.clientIdFor("legalName"));
        assertEquals("edit:contactEmail", ProviderEditPage.clientIdFor("contactPoint.email"));
        assertEquals("edit:repPhone", ProviderEditPage.clientIdFor("legalRepresentative.phone"));
        assertEquals("edit:repName", ProviderEditPage.clientIdFor("legalRepresentativeGivenWhenNotEstablished"));
        assertEquals("edit:contactLanguages", ProviderEditPage.clientIdFor("contactPoint.languages[1]"));
        assertEquals("edit:serviceTypes", ProviderEditPage.clientIdFor("serviceTypes[]"));
    }

    @Test
    void violationsOfAnOfferedServiceLandOnThatRow() {
        assertEquals("edit:services:0:serviceName", ProviderEditPage.clientIdFor("services[0].name"));
        assertEquals("edit:services:2:serviceOfferedIn", ProviderEditPage.clientIdFor("services[2].offeredIn"));
        assertEquals("edit:servicesPanel", ProviderEditPage.clientIdFor("services[1]"));
    }

    @Test
    void unknownPathsGoToTheTopOfThePage() {
        assertNull(ProviderEditPage.clientIdFor(""));
        assertNull(ProviderEditPage.clientIdFor(null));
        assertNull(ProviderEditPage.clientIdFor("somethingElse"));
    }

    @Test
    void theFormSendsWhatWasTypedWithoutARepresentativeWhenThatSectionIsEmpty() {
        ProviderFormModel form = new ProviderFormModel();
        form.setLegalName("  Zeta Cloud Oy (test)  ");
        form.setServiceTypes(List.of(ServiceType.HOSTING));
        form.setEstablishment("FI");
        form.setContactEmail("csa@zeta.example");
        form.setContactPhone("+358 9 555 0199");
        form.setContactLanguages("FI, en;sv  en");
        form.addService();
        form.getServices().get(0).setName("ZetaBox");
        form.getServices().get(0).setOfferedIn(List.of(MemberState.FI, MemberState.SE));

        ProviderProfile profile = form.toProfile();

        assertEquals("Zeta Cloud Oy (test)", profile.legalName());
        assertNull(profile.legalRepresentative());
        assertEquals(List.of("fi", "en", "sv"), profile.contactPoint().languages());
        assertEquals("ZetaBox", profile.services().get(0).name());
        assertEquals(2, profile.services().get(0).offeredIn().size());
    }

    @Test
    void aPartlyFilledRepresentativeIsSentForTheServiceToValidate() {
        ProviderFormModel form = new ProviderFormModel();
        form.setRepName("Someone (test)");

        ProviderProfile profile = form.toProfile();

        assertEquals("Someone (test)", profile.legalRepresentative().name());
        assertNull(profile.legalRepresentative().email());
    }

    @Test
    void theMainEstablishmentMustBeChosenExplicitlyAndNoneIsAChoice() {
        ProviderFormModel form = new ProviderFormModel();
        assertFalse(form.isEstablishmentChosen(), "a new form starts at \"Choose...\", not at \"No establishment\"");
        form.setEstablishment("");
        assertFalse(form.isEstablishmentChosen());
        form.setEstablishment(ProviderFormModel.NO_ESTABLISHMENT);
        assertTrue(form.isEstablishmentChosen());
        assertNull(form.toProfile().mainEstablishment());
        form.setEstablishment("FI");
        assertEquals(MemberState.FI, form.toProfile().mainEstablishment());
        assertEquals("edit:mainEstablishment", ProviderEditPage.clientIdFor("establishmentChosen"));
    }
}
