/**
 * Victims and survivors (Art 20-21 of COM(2022) 209, issue 12 §1). {@link eu.csar.victims.application.VictimCases}:
 * a Coordinating Authority opens a victim case for a survivor of its Member State, issues and revokes
 * the access code (another Member State's case is unknown, 404). {@link eu.csar.victims.application.VictimAccess}:
 * the survivor's victim page without an account: sign-in with case number and code (limited per case
 * and per client address, {@link eu.csar.victims.application.VictimSettings}), hashes sent as an
 * indicator submission of source VICTIM_REQUEST (indicators' published {@code VictimIndicators}),
 * the Art 20 summary (reports' published {@code ReportTraces}), a request for removal help (Art 21)
 * into the authority's inbox (notification's published {@code Notices}), and withdrawal. Every step
 * is audited with the case id and the actor {@code victim:<case number>} (audit's published
 * {@code AccountlessActing}), never a name. {@link eu.csar.victims.application.VictimSessionSweep}
 * deletes expired victim-page sessions every minute. Published to other contexts:
 * {@link eu.csar.victims.application.VictimRetention}, the retention context's door (Art 21, 51(4)): anonymising
 * withdrawn cases the sweep found due, deleting old sign-in traces, and what an extension needs of a case
 * (its Member State, whether already anonymised).
 */
package eu.csar.victims.application;
