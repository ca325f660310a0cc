package eu.csar.architecture;

import eu.csar.audit.application.AuditTrail;
import eu.csar.indicators.application.IndicatorActivity;
import eu.csar.indicators.application.IndicatorCatalog;
import eu.csar.indicators.application.QuarantineQueue;
import eu.csar.reports.application.ReviewDesk;
import eu.csar.notification.application.AuthorityInbox;
import eu.csar.orders.application.Complaints;
import eu.csar.orders.application.DetectionOrders;
import eu.csar.orders.application.OrderAnnexes;
import eu.csar.orders.application.OrderDeadlines;
import eu.csar.orders.application.OrderStatistics;
import eu.csar.orders.application.RemovalOrderStatistics;
import eu.csar.orders.application.RemovalOrders;
import eu.csar.orders.application.UrlListOrders;
import eu.csar.platform.application.BatchJobs;
import eu.csar.registry.application.ProviderRegistry;
import eu.csar.security.api.Roles;
import eu.csar.web.platform.portal.PortalPages;
import jakarta.annotation.security.RolesAllowed;
import eu.csar.penalties.application.PenaltyCases;
import eu.csar.risk.application.RiskAssessments;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal's page-access table ({@link PortalPages}) opens each page to exactly the roles that may
 * call the service the page shows, as the services' {@code @RolesAllowed} say: a role neither opens
 * a page only to be refused by its service, nor misses a page it may use. Machine accounts (role
 * {@code provider}) reach the services through the partner APIs only.
 */
class PageAccessMatchesServicesTest {

    private static Set<String> rolesOf(Class<?> service, String... methods) {
        Set<String> roles = new HashSet<>();
        for (Method m : service.getMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && m.getDeclaringClass() == service
                    && (methods.length == 0 || Arrays.asList(methods).contains(m.getName()))) {
                roles.addAll(Arrays.asList(m.getAnnotation(RolesAllowed.class).value()));
            }
        }
        roles.remove(Roles.PROVIDER);
        return roles;
    }

    @Test
    void theProviderPagesFollowTheRegistry() {
        assertEquals(rolesOf(ProviderRegistry.class, "search"), PortalPages.allowedRoles(PortalPages.PROVIDERS));
        assertEquals(rolesOf(ProviderRegistry.class, "open"), PortalPages.allowedRoles(PortalPages.PROVIDER));
        assertEquals(rolesOf(ProviderRegistry.class, "register", "amend"), PortalPages.allowedRoles(PortalPages.PROVIDER_EDIT));
    }

    @Test
    void theInboxFollowsTheAuthorityInbox() {
        // a provider's staff read their provider's inbox in the portal, as its API clients do over REST
        for (String method : List.of("inbox", "unreadCount", "markRead", "markAllRead")) {
            assertEquals(PortalPages.allowedRoles(PortalPages.INBOX), rolesWithProvider(AuthorityInbox.class, method), method);
        }
    }

    @Test
    void theAuditTrailPageFollowsTheAuditTrail() {
        assertEquals(rolesOf(AuditTrail.class), PortalPages.allowedRoles(PortalPages.AUDIT_TRAIL));
    }

    @Test
    void theJobsPageFollowsTheBatchJobs() {
        assertEquals(rolesOf(BatchJobs.class), PortalPages.allowedRoles(PortalPages.JOBS));
    }

    @Test
    void theTriageDeadLetterPageFollowsItsService() {
        assertEquals(rolesOf(eu.csar.reports.application.TriageDeadLetters.class), PortalPages.allowedRoles(PortalPages.TRIAGE_DEAD_LETTERS));
    }

    @Test
    void theReportDeliveriesPageFollowsItsService() {
        assertEquals(rolesOf(eu.csar.reports.application.FailedDeliveries.class), PortalPages.allowedRoles(PortalPages.REPORT_DELIVERIES));
    }

    @Test
    void thePublicMaterialPageFollowsTheRemovalChecks() {
        Class<?> service = eu.csar.reports.application.RemovalChecks.class;
        assertEquals(rolesOf(service, "list", "history", "stillOnline"), PortalPages.allowedRoles(PortalPages.PUBLIC_MATERIAL));
        // the page's button: check now is the administrators' alone
        assertTrue(PortalPages.allowedRoles(PortalPages.PUBLIC_MATERIAL).containsAll(rolesOf(service, "checkNow")));
        assertEquals(Set.of(Roles.CENTRE_ADMIN), rolesOf(service, "checkNow"));
    }

    @Test
    void theIndicatorPagesFollowTheirServices() {
        assertEquals(rolesOf(IndicatorActivity.class), PortalPages.allowedRoles(PortalPages.INDICATOR_SETS));
        assertEquals(rolesOf(IndicatorCatalog.class, "searchByHash", "searchByUrl"), PortalPages.allowedRoles(PortalPages.INDICATOR_SEARCH));
        assertEquals(rolesOf(IndicatorCatalog.class, "detail"), PortalPages.allowedRoles(PortalPages.INDICATOR));
        assertEquals(rolesOf(QuarantineQueue.class), PortalPages.allowedRoles(PortalPages.INDICATOR_REVIEWS));
    }

    @Test
    void theRemovalOrderPagesFollowTheirServices() {
        assertEquals(rolesOf(RemovalOrders.class, "list"), PortalPages.allowedRoles(PortalPages.REMOVAL_ORDERS));
        assertEquals(rolesOf(RemovalOrderStatistics.class), PortalPages.allowedRoles(PortalPages.REMOVAL_ORDERS));
        assertEquals(rolesOf(RemovalOrders.class, "order"), PortalPages.allowedRoles(PortalPages.REMOVAL_ORDER));
        assertEquals(rolesOf(OrderAnnexes.class, "removalOrder"), PortalPages.allowedRoles(PortalPages.REMOVAL_ORDER));
        assertEquals(rolesOf(RemovalOrders.class, "issue", "addressees"), PortalPages.allowedRoles(PortalPages.REMOVAL_ORDER_ISSUE));
    }

    @Test
    void theDetectionOrderPageFollowsItsServices() {
        assertEquals(rolesOf(DetectionOrders.class, "order"), PortalPages.allowedRoles(PortalPages.DETECTION_ORDER));
        assertEquals(rolesOf(OrderAnnexes.class, "detectionOrder"), PortalPages.allowedRoles(PortalPages.DETECTION_ORDER));
        // the page names the order's indicator sets
        assertEquals(rolesOf(DetectionOrders.class, "indicatorSetCodes"), PortalPages.allowedRoles(PortalPages.DETECTION_ORDER));
    }

    @Test
    void theReviewDeskPagesFollowTheReviewDesk() {
        assertEquals(rolesOf(ReviewDesk.class), PortalPages.allowedRoles(PortalPages.REVIEW_DESK));
        assertEquals(rolesOf(ReviewDesk.class), PortalPages.allowedRoles(PortalPages.REVIEW_REPORT));
    }

    @Test
    void theComplaintPagesFollowTheirService() {
        assertEquals(rolesOf(Complaints.class, "list"), PortalPages.allowedRoles(PortalPages.COMPLAINTS));
        assertEquals(rolesOf(Complaints.class, "complaint"), PortalPages.allowedRoles(PortalPages.COMPLAINT));
        assertEquals(rolesOf(Complaints.class, "about"), PortalPages.allowedRoles(PortalPages.COMPLAINTS));
    }

    @Test
    void thePenaltyCasePagesFollowTheirService() {
        assertEquals(rolesOf(PenaltyCases.class), PortalPages.allowedRoles(PortalPages.PENALTY_CASES));
        assertEquals(rolesOf(PenaltyCases.class), PortalPages.allowedRoles(PortalPages.PENALTY_CASE));
    }

    @Test
    void theRetentionReportFollowsItsService() {
        assertEquals(rolesOf(eu.csar.retention.application.RetentionDesk.class, "batches", "rules"), PortalPages.allowedRoles(PortalPages.RETENTION));
    }

    @Test
    void theExpertNetworkPageFollowsItsService() {
        assertEquals(rolesOf(eu.csar.knowledge.application.ExpertNetwork.class), PortalPages.allowedRoles(PortalPages.EXPERT_NETWORK));
        assertTrue(PortalPages.allowedRoles(PortalPages.HOME).contains(Roles.PREVENTION_EXPERT), "an expert sees the home page");
    }

    @Test
    void theTechnologyRegisterPagesFollowTheirService() {
        Class<?> register = eu.csar.technologies.application.TechnologyRegister.class;
        assertEquals(rolesOf(register, "list", "technology"), PortalPages.allowedRoles(PortalPages.TECHNOLOGIES));
        assertEquals(rolesOf(register, "list", "technology"), PortalPages.allowedRoles(PortalPages.TECHNOLOGY));
        // the forms and buttons are the administrators' alone
        assertEquals(Set.of(Roles.CENTRE_ADMIN), rolesOf(register, "create", "approve", "withdraw"));
    }

    @Test
    void theBlockingAndDelistingOrderPagesFollowTheirService() {
        assertEquals(rolesOf(UrlListOrders.class, "list"), PortalPages.allowedRoles(PortalPages.URL_LIST_ORDERS));
        assertEquals(rolesOf(UrlListOrders.class, "issue", "addressees"), PortalPages.allowedRoles(PortalPages.URL_LIST_ORDER_ISSUE));
        // the order's page is also the provider's read-only page of its own order
        Set<String> orderPage = new HashSet<>(PortalPages.allowedRoles(PortalPages.URL_LIST_ORDER));
        assertTrue(orderPage.remove(Roles.PROVIDER));
        assertEquals(rolesOf(UrlListOrders.class, "order"), orderPage);
        assertEquals(rolesOf(OrderAnnexes.class, "urlListOrder"), orderPage);
    }

    @Test
    void theProviderViewIsTheProvidersAndItsServicesLetProvidersRead() {
        assertEquals(Set.of(Roles.PROVIDER), PortalPages.allowedRoles(PortalPages.PROVIDER_ORDERS));
        for (Class<?> service : new Class<?>[]{RemovalOrders.class, UrlListOrders.class, DetectionOrders.class}) {
            assertTrue(rolesWithProvider(service, "list").contains(Roles.PROVIDER), service.getSimpleName());
        }
        assertTrue(rolesWithProvider(UrlListOrders.class, "order").contains(Roles.PROVIDER));
    }

    @Test
    void theCalendarAndTheStatisticsFollowTheirServices() {
        assertEquals(rolesOf(OrderDeadlines.class), PortalPages.allowedRoles(PortalPages.ORDER_CALENDAR));
        assertEquals(rolesOf(OrderStatistics.class), PortalPages.allowedRoles(PortalPages.ORDER_STATISTICS));
    }

    private static Set<String> rolesWithProvider(Class<?> service, String method) {
        Set<String> roles = new HashSet<>();
        for (Method m : service.getMethods()) {
            if (m.getDeclaringClass() == service && m.getName().equals(method)) {
                roles.addAll(Arrays.asList(m.getAnnotation(RolesAllowed.class).value()));
            }
        }
        return roles;
    }

    @Test
    void theVictimCasesPageFollowsItsService() {
        assertEquals(rolesOf(eu.csar.victims.application.VictimCases.class), PortalPages.allowedRoles(PortalPages.VICTIM_CASES));
    }

    @Test
    void theProvidersRiskPageIsForItsStaffOnly() {
        assertEquals(Set.of(Roles.PROVIDER), Set.of(RiskAssessments.class.getMethods()).stream()
                .filter(m -> m.getDeclaringClass() == RiskAssessments.class && Modifier.isPublic(m.getModifiers()))
                .flatMap(m -> Arrays.stream(m.getAnnotation(RolesAllowed.class).value())).collect(java.util.stream.Collectors.toSet()));
        assertEquals(Set.of(Roles.PROVIDER), PortalPages.allowedRoles(PortalPages.PROVIDER_RISK));
    }
}
