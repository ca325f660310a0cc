package eu.csar.victims.application;

import eu.csar.indicators.api.SubmittedHash;
import eu.csar.reports.api.ReportTrace;

import java.io.Serializable;
import java.util.List;

/**
 * What the survivor may learn (Art 20): for each hash they sent, its state and the reports to the
 * Centre that held a matching item (when, forwarded to whom, removed or not); nothing of other persons.
 */
public record VictimSummary(String caseNumber, List<Item> items, boolean withdrawn) implements Serializable {

    public record Item(SubmittedHash hash, List<ReportTrace> reports) implements Serializable {
    }
}
