package eu.csar.reports.api;

import java.io.Serializable;
import java.util.Objects;

/** A hash another context asks the reports about: PDQ (64 hex digits), MD5 or SHA-256, lower-case hex. */
public record HashProbe(EvidenceKind kind, String hex) implements Serializable {

    public HashProbe {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(hex, "hex");
    }
}
