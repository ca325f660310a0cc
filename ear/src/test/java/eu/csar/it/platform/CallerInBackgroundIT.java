package eu.csar.it.platform;

import eu.csar.security.api.Caller;
import eu.csar.security.api.CallerSnapshot;
import eu.csar.security.application.OidcCaller;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In-container: where no person or partner system is calling (a message-driven bean, an EJB timer),
 * the injected {@link Caller} is anonymous: not authenticated, no roles, no Member State, no
 * provider. Services that an MDB calls therefore cannot rely on a caller's rights; they get the
 * actor from the message. Uses its own small archive (the Caller classes plus probes) on the real
 * RegistryNotificationQueue.
 */
@ExtendWith(ArquillianExtension.class)
class CallerInBackgroundIT {

    static final CompletableFuture<CallerSnapshot> SEEN_BY_MDB = new CompletableFuture<>();
    static final CompletableFuture<CallerSnapshot> SEEN_BY_TIMER = new CompletableFuture<>();

    @Deployment
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "caller-probe.war")
                .addClasses(OidcCaller.class, CallerSnapshot.class, Caller.class, MemberState.class, ProviderId.class)
                .addClass("eu.csar.security.application.TokenClaims")
                .addClasses(CallerInBackgroundIT.class, CallerProbeListener.class, CallerProbeTimer.class)
                .addAsWebInfResource(new StringAsset("""
                        <jboss-deployment-structure xmlns="urn:jboss:deployment-structure:1.2">
                          <deployment><dependencies>
                            <module name="org.wildfly.security.elytron"/>
                            <module name="org.wildfly.security.elytron-http-oidc"/>
                          </dependencies></deployment>
                        </jboss-deployment-structure>"""), "jboss-deployment-structure.xml");
    }

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/RegistryNotificationQueue")
    Queue queue;

    @Inject
    CallerProbeTimer timer;

    @Inject
    Caller caller;

    @Test
    void anMdbHasNoCaller() throws Exception {
        jms.createProducer().setProperty("probe", true).send(queue, "caller-probe");
        assertAnonymous(SEEN_BY_MDB.get(30, TimeUnit.SECONDS));
    }

    @Test
    void aTimerHasNoCaller() throws Exception {
        timer.fireSoon();
        assertAnonymous(SEEN_BY_TIMER.get(30, TimeUnit.SECONDS));
    }

    @Test
    void theTestItselfIsNotAuthenticatedEither() {
        assertFalse(caller.isAuthenticated());
    }

    private static void assertAnonymous(CallerSnapshot seen) {
        assertFalse(seen.isAuthenticated(), seen.toString());
        assertTrue(seen.roles().isEmpty(), seen.toString());
        assertTrue(seen.memberStates().isEmpty(), seen.toString());
        assertTrue(seen.providerId().isEmpty(), seen.toString());
        assertEquals(CallerSnapshot.ANONYMOUS, seen);
    }
}
