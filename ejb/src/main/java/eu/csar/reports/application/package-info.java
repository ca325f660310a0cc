/**
 * Report intake (Art 12-13 of COM(2022) 209): {@link eu.csar.reports.application.ReportIntake}, the
 * providers' service (open, attach evidence, finish with a signature, retract, one-call submission,
 * status); {@link eu.csar.reports.application.ReportDocument}, the canonical document a provider signs
 * (RFC 8785), and {@link eu.csar.reports.application.ReportSignatures}, its check (detached JWS, RFC
 * 7515 appendix F) against the key the provider registered, read through the registry's published
 * {@code ProviderDirectory}; {@link eu.csar.reports.application.ReviewDesk}, the centre reviewers' review
 * desk (Art 48: queue, claim, forward or manifestly unfounded with four eyes per the legal profile,
 * evidence blurred and grey first by {@link eu.csar.reports.application.ReviewerImages}, and the
 * {@link eu.csar.reports.application.TriagePanel} of what triage found, with the matched indicators'
 * provenance read through the indicators context's published {@code IndicatorProvenances}), with its
 * settings {@link eu.csar.reports.application.ReviewSettings}; and, where the legal profile allows it,
 * {@link eu.csar.reports.application.AutomaticForwarding}, the audited forward without a reviewer of a
 * report whose evidence all matched verified indicators (the indicators context's {@code KnownMaterial.verified}).
 * Published to other contexts: {@link eu.csar.reports.application.ReportSubjects}, which tells a
 * penalty case (Art 35) which provider sent a report, and {@link eu.csar.reports.application.ReportRetention}, the
 * retention sweep's door (Art 51(4)): it anonymises the personal data of the reports the sweep found due.
 */
package eu.csar.reports.application;
