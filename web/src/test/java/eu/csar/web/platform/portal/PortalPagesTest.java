package eu.csar.web.platform.portal;

import eu.csar.security.api.Roles;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortalPagesTest {

    private static final List<String> PAGES = List.of(PortalPages.HOME, PortalPages.PROVIDERS, PortalPages.PROVIDER,
            PortalPages.PROVIDER_EDIT, PortalPages.INBOX, PortalPages.AUDIT_TRAIL, PortalPages.JOBS);

    private static List<String> pagesOf(String role) {
        return PAGES.stream().filter(page -> PortalPages.allows(page, Set.of(role))).toList();
    }

    @Test
    void eachRoleOpensExactlyThePagesWhoseServicesItMayCall() {
        assertEquals(List.of(PortalPages.HOME, PortalPages.PROVIDERS, PortalPages.PROVIDER, PortalPages.PROVIDER_EDIT,
                PortalPages.INBOX, PortalPages.JOBS), pagesOf(Roles.CENTRE_ADMIN));
        assertEquals(List.of(PortalPages.HOME, PortalPages.PROVIDERS, PortalPages.PROVIDER, PortalPages.INBOX),
                pagesOf(Roles.CENTRE_REVIEWER));
        assertEquals(List.of(PortalPages.HOME, PortalPages.PROVIDERS, PortalPages.PROVIDER, PortalPages.AUDIT_TRAIL,
                PortalPages.JOBS), pagesOf(Roles.CENTRE_AUDITOR));
        assertEquals(List.of(PortalPages.HOME, PortalPages.PROVIDERS, PortalPages.PROVIDER, PortalPages.INBOX),
                pagesOf(Roles.COORDINATING_AUTHORITY));
        assertEquals(List.of(PortalPages.HOME, PortalPages.PROVIDERS, PortalPages.PROVIDER), pagesOf(Roles.ISSUING_AUTHORITY));
        assertEquals(List.of(PortalPages.HOME), pagesOf(Roles.LAW_ENFORCEMENT));
        assertEquals(List.of(PortalPages.HOME), pagesOf(Roles.EUROPOL));
    }

    @Test
    void aProvidersStaffOpenTheHomePageTheirInboxTheirViewAndTheirOrdersPagesOnly() {
        assertEquals(List.of(PortalPages.HOME, PortalPages.INBOX), pagesOf(Roles.PROVIDER));
        assertTrue(PortalPages.allows(PortalPages.PROVIDER_ORDERS, Set.of(Roles.PROVIDER)));
        assertTrue(PortalPages.allows(PortalPages.URL_LIST_ORDER, Set.of(Roles.PROVIDER)));
        assertFalse(PortalPages.allows(PortalPages.URL_LIST_ORDERS, Set.of(Roles.PROVIDER)));
        assertFalse(PortalPages.allows(PortalPages.REMOVAL_ORDERS, Set.of(Roles.PROVIDER)));
        assertFalse(PortalPages.allows(PortalPages.PROVIDER_ORDERS, Set.of(Roles.CENTRE_ADMIN)));
    }

    @Test
    void callersWithoutAPortalRoleOpenNoPage() {
        assertEquals(List.of(), pagesOf(Roles.SYSTEM));
        assertFalse(PortalPages.allows(PortalPages.HOME, Set.of()));
    }

    @Test
    void aPageNotInTheTableIsOpenToEveryPortalRoleAndNoOneElse() {
        assertTrue(PortalPages.allows("/portal/help.xhtml", Set.of(Roles.EUROPOL)));
        assertFalse(PortalPages.allows("/portal/help.xhtml", Set.of(Roles.PROVIDER)));
    }

    @Test
    void oneAllowedRoleIsEnough() {
        assertTrue(PortalPages.allows(PortalPages.INBOX, Set.of(Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY)));
        assertFalse(PortalPages.allows(PortalPages.INBOX, Set.of(Roles.CENTRE_AUDITOR, Roles.ISSUING_AUTHORITY)));
    }
}
