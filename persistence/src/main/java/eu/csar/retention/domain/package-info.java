/**
 * Retention and necessity (Art 22, 46 and 51 of COM(2022) 209): the rules read from the legal profile
 * ({@link eu.csar.retention.domain.RetentionRule}, pure: when an item is due, how far an extension may
 * reach), the batches the sweep executed, the authorities' extensions, and the one repository that
 * finds what is due and deletes or anonymises it ({@link eu.csar.retention.domain.RetentionRepository}).
 */
package eu.csar.retention.domain;
