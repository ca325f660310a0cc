package eu.csar.penalties.api;

/**
 * One line of the factor checklist of Art 35(6) as the Coordinating Authority records it: the factor
 * (one of the legal profile's {@code penalty.factors}, e.g. {@code GRAVITY}), how it weighs, and a note
 * saying why (optional, at most {@value #MAX_NOTE} characters).
 */
public record FactorEntry(String factor, FactorAssessment assessment, String note) {

    public static final int MAX_NOTE = 1000;
}
