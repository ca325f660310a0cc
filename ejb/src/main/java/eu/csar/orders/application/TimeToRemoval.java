package eu.csar.orders.application;

import eu.csar.shared.domain.ProviderId;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;

/**
 * Time to removal (receipt to the reported execution, issue 10 §3, as Project Arachnid measures it)
 * over the orders the caller may see: for all of them and per provider, the median and the 90th
 * percentile (nearest rank) of the executed orders, and how many orders ran out their execution
 * period (executed late or not at all).
 */
public record TimeToRemoval(Row all, List<Row> perProvider) implements Serializable {

    /**
     * @param provider     null for the row over all providers
     * @param executed     orders with a reported execution
     * @param median       null when none was executed
     * @param p90          null when none was executed
     * @param overDeadline orders whose execution period ran out before the execution report
     */
    public record Row(ProviderId provider, String providerName, int executed, Duration median, Duration p90,
                      int overDeadline) implements Serializable {
    }
}
