package eu.csar.platform.application;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;

import java.util.Set;
import java.util.function.Function;

/**
 * The job operator of one module. WildFly picks a deployment's job operator by the thread's context
 * class loader, on every call; so each call runs with the owning module's class loader, whichever
 * module calls.
 */
final class ModuleJobOwner implements BatchJobOwner {

    private final ClassLoader moduleLoader;

    ModuleJobOwner(ClassLoader moduleLoader) {
        this.moduleLoader = moduleLoader;
    }

    @Override
    public Set<String> jobNames() {
        return withModuleLoader(JobOperator::getJobNames);
    }

    @Override
    public long restart(long executionId) {
        return withModuleLoader(operator -> operator.restart(executionId, null));
    }

    private <T> T withModuleLoader(Function<JobOperator, T> call) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(moduleLoader);
        try {
            return call.apply(BatchRuntime.getJobOperator());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
