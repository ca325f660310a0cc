package eu.csar.it.platform;

import eu.csar.security.CallerSnapshot;
import eu.csar.security.OidcCaller;
import eu.csar.security.api.Caller;
import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
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
                .addPackages(false, "eu.csar.security", "eu.csar.security.api", "eu.csar.shared")
                .addClasses(CallerInBackgroundIT.class, ProbeListener.class, ProbeTimer.class)
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
    ProbeTimer timer;

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

    /** Records the caller it runs as. */
    @MessageDriven(activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/RegistryNotificationQueue"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
    public static class ProbeListener implements MessageListener {
        @Inject
        OidcCaller caller;

        @Override
        public void onMessage(Message message) {
            SEEN_BY_MDB.complete(caller.snapshot());
        }
    }

    /** Records the caller its timeout runs as. */
    @Singleton
    public static class ProbeTimer {
        @Resource
        TimerService timers;
        @Inject
        OidcCaller caller;

        public void fireSoon() {
            timers.createSingleActionTimer(50, new TimerConfig("probe", false));
        }

        @Timeout
        void timeout() {
            SEEN_BY_TIMER.complete(caller.snapshot());
        }
    }
}
