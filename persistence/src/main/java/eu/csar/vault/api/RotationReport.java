package eu.csar.vault.api;

import java.io.Serializable;

/** The outcome of a master key rotation: the alias now current and how many data keys were wrapped again under it. */
public record RotationReport(String alias, long rewrapped) implements Serializable {
}
