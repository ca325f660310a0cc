package eu.csar.reports.api;

/**
 * What a report is about (Art 13(1)(f)): known material, new material, or the solicitation of children
 * (grooming). The legal profile lists the types it provides under {@code report.abuse-types}, by the
 * names {@link #profileItem()} gives.
 */
public enum ReportType {
    KNOWN("KNOWN_MATERIAL"),
    NEW("NEW_MATERIAL"),
    GROOMING("GROOMING");

    private final String profileItem;

    ReportType(String profileItem) {
        this.profileItem = profileItem;
    }

    /** This type's item in the legal profile's {@code report.abuse-types}. */
    public String profileItem() {
        return profileItem;
    }
}
