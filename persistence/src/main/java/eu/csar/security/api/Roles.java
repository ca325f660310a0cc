package eu.csar.security.api;

/**
 * The realm roles of the {@code eucentre} Keycloak realm, as constants for {@code @RolesAllowed}.
 * A role says what kind of actor calls; the Member State or provider it acts for comes from the
 * {@link Caller}.
 */
public final class Roles {
    public static final String CENTRE_ADMIN = "centre-admin";
    public static final String CENTRE_REVIEWER = "centre-reviewer";
    public static final String CENTRE_AUDITOR = "centre-auditor";
    public static final String COORDINATING_AUTHORITY = "coordinating-authority";
    public static final String ISSUING_AUTHORITY = "issuing-authority";
    public static final String LAW_ENFORCEMENT = "law-enforcement";
    public static final String EUROPOL = "europol";
    public static final String PROVIDER = "provider";
    /** A member of the prevention experts' network (knowledge hub): shares documents with the Centre. */
    public static final String PREVENTION_EXPERT = "prevention-expert";
    /** Not a person: the platform's own background work (message consumers, timers) runs as this role. */
    public static final String SYSTEM = "system";

    private Roles() {
    }
}
