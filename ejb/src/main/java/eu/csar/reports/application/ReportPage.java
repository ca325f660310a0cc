package eu.csar.reports.application;

import java.io.Serializable;
import java.util.List;

/** One page of a provider's own reports, newest first, with how many the filter finds in all. */
public record ReportPage(List<ReportSummary> items, int page, int size, long total) implements Serializable {
}
