package eu.csar.reports.api;

/**
 * Why the EU Centre found a report manifestly unfounded (Art 48(2)): a closed list, so that
 * providers get a stable code back (the accuracy loop) and the statistics can count them. The
 * reviewer's free text goes with it on the desk but never to the provider.
 */
public enum UnfoundedReason {
    /** The material is not child sexual abuse material (e.g. adult content, art, medical). */
    NOT_CSAM,
    /** The person depicted is evidently an adult. */
    ADULT_DEPICTED,
    /** The conversation reported as grooming is evidently not solicitation of a child. */
    NOT_SOLICITATION,
    /** A false positive of the provider's detection technology (a hash or classifier mismatch). */
    DETECTION_FALSE_POSITIVE,
    /** The report holds too little to assess (no content, no usable hashes or data). */
    INSUFFICIENT_INFORMATION,
    /** The same material from the same provider, already assessed. */
    DUPLICATE_REPORT
}
