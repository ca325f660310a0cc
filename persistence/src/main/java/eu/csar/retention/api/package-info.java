/**
 * What other contexts and the web tier may know of retention (Art 22, 46 and 51 of COM(2022) 209):
 * the kinds of personal data the platform keeps ({@link eu.csar.retention.api.RetentionCategory}, each
 * with its legal-profile keys), what happens when their period ends ({@link eu.csar.retention.api.RetentionOutcome}),
 * the record of one executed batch ({@link eu.csar.retention.api.RetentionBatchView}) and an
 * authority's extension ({@link eu.csar.retention.api.RetentionExtensionView}).
 */
package eu.csar.retention.api;
