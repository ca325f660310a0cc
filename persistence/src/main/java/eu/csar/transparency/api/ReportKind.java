package eu.csar.transparency.api;

/**
 * Whose transparency report (Art 83-84): the EU Centre's (scope {@code EU}, due 30 June), a
 * Coordinating Authority's (scope its Member State's code, due 31 March) or a provider's (scope the
 * provider's id, due 31 January). The due dates and the figure lists come from the legal profile.
 */
public enum ReportKind {
    CENTRE,
    AUTHORITY,
    PROVIDER
}
