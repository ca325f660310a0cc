package eu.csar.web.platform.portal;

import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.MemberState;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is signed in, read once per request from the {@link Caller}: the layout shows the name and
 * Member States and builds the menu and the home cards from the roles. The menu offers exactly the
 * pages {@link PortalPages} lets the role open; the page filter and the services enforce the rules.
 */
@Named("portalUser")
@RequestScoped
public class PortalUserBean {

    @Inject
    Caller caller;

    private boolean authenticated;
    private String name;
    private Set<String> roles = Set.of();
    private Set<MemberState> memberStates = Set.of();

    @PostConstruct
    void read() {
        authenticated = caller.isAuthenticated();
        if (authenticated) {
            name = caller.name();
            roles = Set.copyOf(caller.roles());
            memberStates = Set.copyOf(caller.memberStates());
        }
    }

    public boolean isAuthenticated() {
        return authenticated;
    }

    public String getName() {
        return name;
    }

    /** "NL, DE" for national authorities; empty for EU-level users. */
    public String getMemberStatesLabel() {
        return memberStates.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }

    public boolean isCentreAdmin() {
        return roles.contains(Roles.CENTRE_ADMIN);
    }

    public boolean isAuditor() {
        return roles.contains(Roles.CENTRE_AUDITOR);
    }

    public boolean isCoordinatingAuthority() {
        return roles.contains(Roles.COORDINATING_AUTHORITY);
    }

    /** Whether the caller's authority or provider has an inbox in the portal (Coordinating Authorities, the EU Centre's reviewers and administrators, a provider's staff). */
    public boolean isWithInbox() {
        return mayOpen(PortalPages.INBOX);
    }

    public boolean isNationalAuthority() {
        return isCoordinatingAuthority() || roles.contains(Roles.ISSUING_AUTHORITY);
    }

    /** Whether the caller's role may open the page {@code viewId} (the menu asks this, the page filter enforces it). */
    public boolean mayOpen(String viewId) {
        return authenticated && PortalPages.allows(viewId, roles);
    }

    public boolean isReviewer() {
        return roles.contains(Roles.CENTRE_REVIEWER);
    }

    /** A judicial (or independent administrative) authority that issues the orders a Coordinating Authority requests. */
    public boolean isIssuingAuthority() {
        return roles.contains(Roles.ISSUING_AUTHORITY);
    }

    public boolean isLawEnforcement() {
        return roles.contains(Roles.LAW_ENFORCEMENT);
    }

    public boolean isEuropol() {
        return roles.contains(Roles.EUROPOL);
    }

    /** A provider's staff member (role provider; the token names the provider). */
    public boolean isProviderStaff() {
        return roles.contains(Roles.PROVIDER);
    }

    /** A member of the prevention experts' network (role prevention-expert). */
    public boolean isPreventionExpert() {
        return roles.contains(Roles.PREVENTION_EXPERT);
    }

    /** Signed in, but with none of the portal's roles (e.g. an account the EU Centre has not set up yet). */
    public boolean isWithoutPortalRole() {
        return authenticated && roles.stream().noneMatch(PortalPages.PORTAL_ROLES::contains) && !isProviderStaff()
                && !isPreventionExpert();
    }
}
