package eu.csar.victims.application;

import eu.csar.shared.domain.MemberState;
import eu.csar.victims.api.VictimCaseId;

import java.io.Serializable;
import java.time.Instant;

/** A victim case as its Coordinating Authority sees it; never the code itself. */
public record VictimCaseView(VictimCaseId id, String caseNumber, MemberState memberState, String contactReference,
                             String openedBy, Instant openedAt, boolean hasCode, Instant codeIssuedAt, Instant codeRevokedAt,
                             Instant lockedUntil, Instant withdrawnAt, int submissions) implements Serializable {
}
