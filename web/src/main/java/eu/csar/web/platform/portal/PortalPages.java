package eu.csar.web.platform.portal;

import eu.csar.security.api.Roles;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Which roles may open which portal page: the page-access rule that {@link PageAccessFilter}
 * enforces and the menu follows. Each page is open to exactly the roles that may call the service
 * it shows (the services' {@code @RolesAllowed}; {@code PageAccessMatchesServicesTest} keeps the two
 * equal), so a role never opens a page only to be refused when the page calls its service.
 * A page not listed here is open to every portal role, as the home page is. Machine accounts
 * (role {@code provider}, client credentials) cannot sign in to the portal: they use the partner
 * APIs; a provider's staff (portal users with role {@code provider}) have the read-only provider
 * view, the pages of the orders addressed to their provider and their provider's inbox.
 */
public final class PortalPages {

    public static final String HOME = "/portal/index.xhtml";
    public static final String PROVIDERS = "/portal/registry/providers.xhtml";
    public static final String PROVIDER = "/portal/registry/provider.xhtml";
    public static final String PROVIDER_EDIT = "/portal/registry/provider-edit.xhtml";
    public static final String INBOX = "/portal/inbox.xhtml";
    public static final String AUDIT_TRAIL = "/portal/audit/trail.xhtml";
    public static final String LEGAL_PROFILES = "/portal/legal/profiles.xhtml";
    public static final String LEGAL_COMPARE = "/portal/legal/compare.xhtml";
    public static final String LEGAL_IMPORT = "/portal/legal/import.xhtml";
    public static final String JOBS = "/portal/operations/jobs.xhtml";
    public static final String TRIAGE_DEAD_LETTERS = "/portal/operations/triage-dead-letters.xhtml";
    public static final String REPORT_DELIVERIES = "/portal/operations/report-deliveries.xhtml";
    public static final String INDICATOR_SETS = "/portal/indicators/sets.xhtml";
    public static final String INDICATOR_SEARCH = "/portal/indicators/search.xhtml";
    public static final String INDICATOR = "/portal/indicators/indicator.xhtml";
    public static final String INDICATOR_SUBMIT = "/portal/indicators/submit.xhtml";
    public static final String VICTIM_CASES = "/portal/victims/cases.xhtml";
    public static final String INDICATOR_VERIFICATION = "/portal/indicators/verification.xhtml";
    public static final String INDICATOR_REVIEWS = "/portal/indicators/reviews.xhtml";
    public static final String INDICATOR_IMPORTS = "/portal/indicators/imports.xhtml";
    public static final String INDICATOR_GRANTS = "/portal/indicators/grants.xhtml";
    public static final String INDICATOR_SUBMISSION = "/portal/indicators/submission.xhtml";
    public static final String REMOVAL_ORDERS = "/portal/orders/removal-orders.xhtml";
    public static final String REMOVAL_ORDER = "/portal/orders/removal-order.xhtml";
    public static final String REMOVAL_ORDER_ISSUE = "/portal/orders/issue-removal-order.xhtml";
    public static final String COMPLAINTS = "/portal/orders/complaints.xhtml";
    public static final String COMPLAINT = "/portal/orders/complaint.xhtml";
    public static final String PENALTY_CASES = "/portal/penalties/cases.xhtml";
    public static final String PENALTY_CASE = "/portal/penalties/case.xhtml";
    public static final String DETECTION_ORDERS = "/portal/orders/detection-orders.xhtml";
    public static final String DETECTION_ORDER = "/portal/orders/detection-order.xhtml";
    public static final String DETECTION_ORDER_DRAFT = "/portal/orders/draft-detection-order.xhtml";
    public static final String URL_LIST_ORDERS = "/portal/orders/url-list-orders.xhtml";
    public static final String URL_LIST_ORDER = "/portal/orders/url-list-order.xhtml";
    public static final String URL_LIST_ORDER_ISSUE = "/portal/orders/issue-url-list-order.xhtml";
    public static final String PROVIDER_ORDERS = "/portal/orders/provider-orders.xhtml";
    public static final String ORDER_CALENDAR = "/portal/orders/calendar.xhtml";
    public static final String ORDER_STATISTICS = "/portal/orders/statistics.xhtml";
    public static final String REVIEW_DESK = "/portal/reports/desk.xhtml";
    public static final String REVIEW_REPORT = "/portal/reports/review.xhtml";
    public static final String PUBLIC_MATERIAL = "/portal/reports/public-material.xhtml";
    public static final String RISK_ASSESSMENTS = "/portal/risk/assessments.xhtml";
    public static final String TECHNOLOGIES = "/portal/technologies/technologies.xhtml";
    public static final String TECHNOLOGY = "/portal/technologies/technology.xhtml";
    public static final String RETENTION = "/portal/retention/report.xhtml";
    public static final String TRANSPARENCY_REPORT = "/portal/transparency/report.xhtml";
    public static final String PROVIDER_RISK = "/portal/risk/own.xhtml";
    public static final String KNOWLEDGE = "/portal/knowledge/articles.xhtml";
    public static final String EXPERT_NETWORK = "/portal/knowledge/network.xhtml";

    /** The people's roles; a person with none of them sees the home page only. */
    public static final Set<String> PORTAL_ROLES = Set.of(Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER,
            Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY, Roles.LAW_ENFORCEMENT,
            Roles.EUROPOL);

    /** ProviderRegistry.search and .open. */
    static final Set<String> REGISTRY_READERS = Set.of(Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER,
            Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY);

    /** LegalProfiles.versions, .open and .compare: published law, for every authority's legal officers. */
    static final Set<String> LEGAL_READERS = Set.of(Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER,
            Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY);

    /** IndicatorCatalog.sets, .detail, .searchByHash, .searchByUrl (a Coordinating Authority sees its own submissions' indicators). */
    static final Set<String> INDICATOR_READERS = Set.of(Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER,
            Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY);

    /** IndicatorActivity.lastDays and the catalogue's sets: the overview is the Centre's. */
    static final Set<String> INDICATOR_OVERVIEW = Set.of(Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR);

    /** IndicatorSubmissions.submission: centre staff, and the Coordinating Authority of the submission's Member State. */
    static final Set<String> SUBMISSION_READERS = Set.of(Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER,
            Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY);

    /** RemovalOrders.list and .order, RemovalOrderStatistics, OrderAnnexes.removalOrder (providers: partner API only). */
    static final Set<String> REMOVAL_ORDER_READERS = Set.of(Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER,
            Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY);

    /** Complaints.list, .about and .complaint: the Coordinating Authorities concerned, and centre staff as for orders. */
    static final Set<String> COMPLAINT_READERS = Set.of(Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER,
            Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY);
    /** DetectionOrders.list and .order, OrderAnnexes.detectionOrder for people (providers: partner API only). */
    static final Set<String> DETECTION_ORDER_READERS = Set.of(Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER,
            Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY);

    /** UrlListOrders.list (providers: their own view), .order and OrderAnnexes.urlListOrder (providers too: the order's page is read-only). */
    static final Set<String> URL_LIST_ORDER_READERS = REMOVAL_ORDER_READERS;

    /** ExpertNetwork.share, .documents and .download: the members of the prevention experts' network and Centre staff. */
    static final Set<String> NETWORK_MEMBERS = Set.of(Roles.PREVENTION_EXPERT, Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER);

    /** UrlListOrders.order, RemovalOrders.list, DetectionOrders.list: the provider's read-only view of its own orders. */
    static final Set<String> PROVIDER_STAFF = Set.of(Roles.PROVIDER);

    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            // a provider's staff open the home page, their read-only view, their orders' pages and their risk assessments, nothing else;
            // a prevention expert the home page and the network's page
            Map.entry(HOME, union(union(PORTAL_ROLES, PROVIDER_STAFF), NETWORK_MEMBERS)),
            Map.entry(PROVIDERS, REGISTRY_READERS),
            Map.entry(PROVIDER, REGISTRY_READERS),
            Map.entry(PROVIDER_EDIT, Set.of(Roles.CENTRE_ADMIN)),
            Map.entry(INBOX, Set.of(Roles.COORDINATING_AUTHORITY, Roles.CENTRE_REVIEWER, Roles.CENTRE_ADMIN, Roles.PROVIDER)),
            Map.entry(AUDIT_TRAIL, Set.of(Roles.CENTRE_AUDITOR)),
            Map.entry(LEGAL_PROFILES, LEGAL_READERS),
            Map.entry(LEGAL_COMPARE, LEGAL_READERS),
            Map.entry(LEGAL_IMPORT, Set.of(Roles.CENTRE_ADMIN)),
            Map.entry(JOBS, Set.of(Roles.CENTRE_ADMIN, Roles.CENTRE_AUDITOR)),
            // issue 11 §2: detection jobs on the triage dead-letter queue (admins redeliver, auditors look)
            Map.entry(TRIAGE_DEAD_LETTERS, Set.of(Roles.CENTRE_ADMIN, Roles.CENTRE_AUDITOR)),
            // issue 11 §4: FAILED and DEAD deliveries of forwarded reports (admins deliver again, auditors look)
            Map.entry(REPORT_DELIVERIES, Set.of(Roles.CENTRE_ADMIN, Roles.CENTRE_AUDITOR)),
            // issue 9: the indicator pages (sets, search, detail and reviews: screens slice; submit,
            // verification and submission: core; imports: import; grants: match)
            Map.entry(INDICATOR_SETS, INDICATOR_OVERVIEW),
            Map.entry(INDICATOR_SEARCH, INDICATOR_READERS),
            Map.entry(INDICATOR, INDICATOR_READERS),
            Map.entry(INDICATOR_SUBMIT, Set.of(Roles.COORDINATING_AUTHORITY)),
            Map.entry(VICTIM_CASES, Set.of(Roles.COORDINATING_AUTHORITY)),
            Map.entry(INDICATOR_VERIFICATION, Set.of(Roles.CENTRE_REVIEWER)),
            Map.entry(INDICATOR_REVIEWS, Set.of(Roles.CENTRE_REVIEWER)),
            Map.entry(INDICATOR_IMPORTS, Set.of(Roles.CENTRE_ADMIN)),
            Map.entry(INDICATOR_GRANTS, Set.of(Roles.CENTRE_ADMIN)),
            Map.entry(INDICATOR_SUBMISSION, SUBMISSION_READERS),
            // issue 10: removal orders (list with time to removal, order page, the issuing authority's form)
            Map.entry(REMOVAL_ORDERS, REMOVAL_ORDER_READERS),
            Map.entry(REMOVAL_ORDER, REMOVAL_ORDER_READERS),
            Map.entry(REMOVAL_ORDER_ISSUE, Set.of(Roles.ISSUING_AUTHORITY)),
            // issue 10 §6: blocking and delisting orders, the provider's view, the deadline calendar, the Centre's statistics
            Map.entry(URL_LIST_ORDERS, URL_LIST_ORDER_READERS),
            Map.entry(URL_LIST_ORDER, union(URL_LIST_ORDER_READERS, PROVIDER_STAFF)),
            Map.entry(URL_LIST_ORDER_ISSUE, Set.of(Roles.ISSUING_AUTHORITY)),
            Map.entry(PROVIDER_ORDERS, PROVIDER_STAFF),
            Map.entry(ORDER_CALENDAR, Set.of(Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY)),
            Map.entry(ORDER_STATISTICS, Set.of(Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER)),
            // issue 10: detection orders (list and the issuing authority's queue, order page with its steps, drafting wizard)
            Map.entry(DETECTION_ORDERS, DETECTION_ORDER_READERS),
            Map.entry(DETECTION_ORDER, DETECTION_ORDER_READERS),
            Map.entry(DETECTION_ORDER_DRAFT, Set.of(Roles.COORDINATING_AUTHORITY)),
            // issue 10: complaints about orders (Art 34): the list with the filing form, one complaint with its decision
            Map.entry(COMPLAINTS, COMPLAINT_READERS),
            Map.entry(COMPLAINT, COMPLAINT_READERS),
            // issue 12 §3: penalty case files (PenaltyCases), the Coordinating Authorities only (a provider's turnover is confidential)
            Map.entry(PENALTY_CASES, Set.of(Roles.COORDINATING_AUTHORITY)),
            Map.entry(PENALTY_CASE, Set.of(Roles.COORDINATING_AUTHORITY)),
            // issue 11 §3: the review desk (ReviewDesk), centre reviewers only
            Map.entry(REVIEW_DESK, Set.of(Roles.CENTRE_REVIEWER)),
            Map.entry(REVIEW_REPORT, Set.of(Roles.CENTRE_REVIEWER)),
            // issue 11 §4: the removal checks of reported public material (RemovalChecks.list; admins check now, the others look)
            Map.entry(PUBLIC_MATERIAL, Set.of(Roles.CENTRE_REVIEWER, Roles.CENTRE_ADMIN, Roles.CENTRE_AUDITOR)),
            // issue 12 §2: the review of risk assessments (RiskReviews), Coordinating Authorities only
            Map.entry(RISK_ASSESSMENTS, Set.of(Roles.COORDINATING_AUTHORITY)),
            // issue 13 §4: the technology register (TechnologyRegister): centre admins manage it, auditors read it
            Map.entry(TECHNOLOGIES, Set.of(Roles.CENTRE_ADMIN, Roles.CENTRE_AUDITOR)),
            Map.entry(TECHNOLOGY, Set.of(Roles.CENTRE_ADMIN, Roles.CENTRE_AUDITOR)),
            // issue 13 §5: the knowledge hub's editorial page (EditorialDesk): centre admins and reviewers
            Map.entry(KNOWLEDGE, Set.of(Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER)),
            // issue 13 §5: the prevention experts' network's page (ExpertNetwork): its members and Centre staff
            Map.entry(EXPERT_NETWORK, NETWORK_MEMBERS),
            // issue 13 §3: the retention report (RetentionDesk.batches and rules): centre staff
            Map.entry(RETENTION, Set.of(Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR)),
            Map.entry(TRANSPARENCY_REPORT, Set.of(Roles.CENTRE_ADMIN, Roles.CENTRE_AUDITOR, Roles.CENTRE_REVIEWER,
                    Roles.COORDINATING_AUTHORITY, Roles.PROVIDER)),
            // issue 12 §2: a provider's staff submit their risk assessment and answer the authority's requests
            Map.entry(PROVIDER_RISK, PROVIDER_STAFF));

    private PortalPages() {
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** The roles that may open {@code viewId} (a path such as {@code /portal/inbox.xhtml}). */
    public static Set<String> allowedRoles(String viewId) {
        return ALLOWED.getOrDefault(viewId, PORTAL_ROLES);
    }

    public static boolean allows(String viewId, Collection<String> roles) {
        Set<String> allowed = allowedRoles(viewId);
        return roles.stream().anyMatch(allowed::contains);
    }
}
