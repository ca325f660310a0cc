package eu.csar.platform.api;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this node must have loaded before it takes traffic: a component that builds state at start-up
 * (the schema migration, demo data, later the legal profiles and the in-memory match index) says
 * {@link #begin begin} while it starts, and {@link Load#done() done} or {@link Load#failed failed}
 * when it is through. The node's readiness ({@code /health/ready} on the management port,
 * {@link StartupReadiness}) is DOWN and names what is pending or failed until everything is done, so
 * a load balancer sends nothing to a node that would answer from half-loaded state.
 *
 * <p>In the EAR's library jar (this module), with its check, not in the EJB jar: WildFly's
 * MicroProfile Health collects {@code @Readiness} beans only where its CDI extension can see them,
 * which in an EAR is the top-level bean archives (the EAR's lib), not the EJB jar or the WAR (WFLY-12835).
 *
 * <p>A load must begin before the deployment finishes starting (in a {@code @Startup} bean's
 * {@code @PostConstruct}, even when the work itself goes on in the background).
 */
@ApplicationScoped
public class StartupLoads {

    /** Where a load stands. */
    public enum State { LOADING, DONE, FAILED }

    private final Map<String, State> loads = new ConcurrentHashMap<>();

    /** Registers {@code what} as loading; the handle marks it done or failed. */
    public Load begin(String what) {
        loads.put(what, State.LOADING);
        return new Load(what);
    }

    /** True when every load that began is done. */
    public boolean allDone() {
        return loads.values().stream().allMatch(State.DONE::equals);
    }

    /** The loads in {@code state}, by name. */
    public Set<String> in(State state) {
        Set<String> names = new TreeSet<>();
        loads.forEach((name, s) -> {
            if (s == state) {
                names.add(name);
            }
        });
        return names;
    }

    /** One load's handle; other contexts' start-up loads (the match index) mark theirs done or failed through it. */
    public final class Load {

        private final String what;

        private Load(String what) {
            this.what = what;
        }

        public void done() {
            loads.put(what, State.DONE);
        }

        public void failed() {
            loads.put(what, State.FAILED);
        }
    }
}
