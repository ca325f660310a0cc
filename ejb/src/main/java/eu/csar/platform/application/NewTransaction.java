package eu.csar.platform.application;

import eu.csar.shared.api.PublishedService;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.function.Supplier;

/**
 * Runs a piece of a service's work in a transaction of its own, committed when {@link #call}
 * returns: what a retry needs, since a transaction that lost an update is rolled back and cannot
 * be used again. {@code @PermitAll} because it adds no authority of its own: the calling service
 * has passed its {@code @RolesAllowed} check and its tenancy checks run inside the work.
 */
@Stateless
@PublishedService
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class NewTransaction {

    @PermitAll
    public <T> T call(Supplier<T> work) {
        return work.get();
    }
}
