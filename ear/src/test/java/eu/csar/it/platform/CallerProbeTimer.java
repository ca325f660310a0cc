package eu.csar.it.platform;

import eu.csar.security.application.OidcCaller;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

/** Deployed only in {@link CallerInBackgroundIT}'s probe archive: records the caller an EJB timer runs as. */
@Singleton
public class CallerProbeTimer {

    @Resource
    TimerService timers;

    @Inject
    OidcCaller caller;

    public void fireSoon() {
        timers.createSingleActionTimer(50, new TimerConfig("caller-probe", false));
    }

    @Timeout
    void timeout() {
        CallerInBackgroundIT.SEEN_BY_TIMER.complete(caller.snapshot());
    }
}
