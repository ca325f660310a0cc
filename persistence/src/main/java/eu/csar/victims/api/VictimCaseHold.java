package eu.csar.victims.api;

import eu.csar.shared.domain.MemberState;

import java.time.Instant;

/**
 * What an extension of a victim case's retention (Art 22(2), Art 21) needs to know of the case: its
 * Member State (only that Member State's Coordinating Authority may hold it) and whether its personal
 * data were already anonymised (then there is nothing left to hold); when the survivor withdrew (null: not
 * withdrawn), from which its retention period runs. Nothing else of the case.
 */
public record VictimCaseHold(VictimCaseId id, MemberState memberState, boolean erased, Instant withdrawnAt) {
}
