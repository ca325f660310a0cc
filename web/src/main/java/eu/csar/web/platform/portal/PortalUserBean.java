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
 * Member States and builds the menu from the roles. The menu only hides what a role cannot use;
 * the services enforce the rules.
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

    public boolean isNationalAuthority() {
        return isCoordinatingAuthority() || roles.contains(Roles.ISSUING_AUTHORITY);
    }

    /** Roles that may read the provider list (ProviderRegistry.search). */
    public boolean isRegistryReader() {
        return isCentreAdmin() || isAuditor() || roles.contains(Roles.CENTRE_REVIEWER) || isNationalAuthority();
    }

    public boolean isWithoutPortalRole() {
        return authenticated && !isRegistryReader();
    }
}
