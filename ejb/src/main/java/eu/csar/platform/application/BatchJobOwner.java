package eu.csar.platform.application;

import eu.csar.shared.api.PublishedService;

import java.util.Set;

/**
 * A module of the deployment that packages batch job definitions ({@code META-INF/batch-jobs/*.xml}).
 * In WildFly a job operator sees only the job XMLs of the module that asks for it, so a job is
 * restarted through the module that owns it; {@link BatchJobOwners} knows which module that is.
 * The EJB module's own jobs need nothing: {@link BatchJobs} asks its own module first. Another
 * module (e.g. the test-support web module) registers itself with {@link #ofModule(ClassLoader)}.
 */
@PublishedService
public interface BatchJobOwner {

    /** The names of the jobs this module defines. */
    Set<String> jobNames();

    /** Restarts a failed or stopped execution of one of its jobs; returns the new execution's id. */
    long restart(long executionId);

    /** The owner for the module whose class loader is given: the job operator that module sees. */
    static BatchJobOwner ofModule(ClassLoader moduleLoader) {
        return new ModuleJobOwner(moduleLoader);
    }
}
