package eu.csar.it.platform;

import eu.csar.security.application.OidcCaller;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Deployed only in {@link CallerInBackgroundIT}'s probe archive: records the caller an MDB runs as. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/RegistryNotificationQueue"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class CallerProbeListener implements MessageListener {

    @Inject
    OidcCaller caller;

    @Override
    public void onMessage(Message message) {
        CallerInBackgroundIT.SEEN_BY_MDB.complete(caller.snapshot());
    }
}
