package eu.csar.reports.api;

import eu.csar.indicators.api.IndicatorKind;

/**
 * What an evidence item of a report is: a PDQ hash with its quality, or an MD5 or SHA-256 digest of
 * the file, computed by the provider. Checked exactly like indicator hashes ({@code HashFormat}).
 */
public enum EvidenceKind {
    PDQ(IndicatorKind.PDQ),
    MD5(IndicatorKind.MD5),
    SHA256(IndicatorKind.SHA256);

    private final IndicatorKind hashKind;

    EvidenceKind(IndicatorKind hashKind) {
        this.hashKind = hashKind;
    }

    /** The indicator kind whose hash form this kind has. */
    public IndicatorKind hashKind() {
        return hashKind;
    }
}
