/**
 * The technology register's services (Art 50 of COM(2022) 209): {@link eu.csar.technologies.application.TechnologyRegister},
 * the Centre's register (administrators create entries and move them along the approval path, the
 * Technology Committee's and the EDPB's opinions each due within the legal profile's period on the
 * deadline service; auditors read; every write and every read of the full register audited);
 * {@link eu.csar.technologies.application.TechnologyClocks}, what an opinion period's end does.
 * Meant for other contexts: {@link eu.csar.technologies.application.ApprovedTechnologies}
 * ({@code @PublishedService}), the approved list as providers and authorities see it, and the check
 * that a detection order's technology reference names an APPROVED entry.
 */
package eu.csar.technologies.application;
