/**
 * Retention and necessity (Art 22, 46 and 51 of COM(2022) 209): {@link eu.csar.retention.application.RetentionSweep}
 * (every minute, by the platform clock) and {@link eu.csar.retention.application.RetentionDesk} (the sweep on demand,
 * the rules and the retention report) run {@link eu.csar.retention.application.RetentionBatches}, one bounded batch per
 * transaction, each recorded and audited once; the vault's items are destroyed through the vault's own door
 * ({@code EvidenceVault.destroy}: crypto-shredding), the other contexts' data through their doors
 * ({@code ReportRetention}, {@code VictimRetention}, {@code ActorNameErasure}): this context writes only its own
 * tables. {@link eu.csar.retention.application.RetentionExtensions}: authorities extend a report's retention,
 * a Coordinating Authority its own Member State's victim case's (legal basis, bounded by the profile),
 * reviewers confirm that a report's personal data are still necessary. Not meant for other contexts.
 */
package eu.csar.retention.application;
