package eu.csar.victims.application;

import java.io.Serializable;

/** A new access code, shown once to the Coordinating Authority that issued it, with its case. */
public record IssuedCode(VictimCaseView victimCase, String accessCode) implements Serializable {
}
