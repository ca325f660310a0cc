package eu.csar.reports.api;

/** What a report is about (Art 13(1)(f)): known material, new material, or the solicitation of children (grooming). */
public enum ReportType {
    KNOWN,
    NEW,
    GROOMING
}
