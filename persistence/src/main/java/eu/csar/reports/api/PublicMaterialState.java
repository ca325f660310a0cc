package eu.csar.reports.api;

/**
 * Where the removal check of one publicly accessible URL of a report stands (issue 11 §4, Art 49(1)):
 * CHECKING (asked again at the profile's interval), REMOVED (gone: {@code removed_at} recorded once),
 * STILL_ONLINE (the profile's checking period ended without it being gone: for a reviewer or an
 * operator to act on), NOT_CHECKABLE (its host is a private or loopback address the platform never asks).
 */
public enum PublicMaterialState {
    CHECKING,
    REMOVED,
    STILL_ONLINE,
    NOT_CHECKABLE;

    /** Whether checks of it go on. */
    public boolean checking() {
        return this == CHECKING;
    }
}
