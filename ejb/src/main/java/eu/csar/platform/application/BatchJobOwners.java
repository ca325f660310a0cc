package eu.csar.platform.application;

import eu.csar.shared.api.PublishedService;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Which module of the deployment owns which batch job, for the modules other than the EJB module
 * (whose jobs {@link BatchJobs} finds by itself). A module registers when it starts and withdraws
 * when it stops; nothing here is persistent, every node of a cluster has its own.
 */
@PublishedService
@ApplicationScoped
public class BatchJobOwners {

    private final List<BatchJobOwner> owners = new CopyOnWriteArrayList<>();

    /** Called by a module when it starts; its job names are asked only when a job is restarted. */
    public void register(BatchJobOwner owner) {
        owners.add(owner);
    }

    /** Called by a module when it stops. */
    public void withdraw(BatchJobOwner owner) {
        owners.remove(owner);
    }

    Optional<BatchJobOwner> ownerOf(String jobName) {
        return owners.stream().filter(owner -> owner.jobNames().contains(jobName)).findFirst();
    }
}
