package eu.csar.victims.application;

import eu.csar.security.api.Roles;
import eu.csar.shared.api.PublishedService;
import eu.csar.victims.api.VictimCaseId;
import eu.csar.victims.api.VictimCaseHold;
import eu.csar.victims.domain.VictimCase;
import eu.csar.victims.domain.VictimCaseRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The victims context's door for retention (Art 21, Art 51(4)). The sweep's writes, each set-based in
 * the caller's transaction (the sweep's batch records and audits the batch once, so nothing is audited
 * here): anonymising withdrawn cases the sweep found due, and deleting old sign-in traces (ended
 * sessions, wrong-sign-in counters). And what an extension needs to know of a case: its Member State
 * (the only authority that may hold it) and whether it was already anonymised.
 */
@PublishedService
@Stateless
public class VictimRetention {

    @Inject
    VictimCaseRepository cases;

    /** Anonymises the cases {@code ids} at {@code now}; answers how many were anonymised (already erased ones are skipped). */
    @RolesAllowed(Roles.SYSTEM)
    public int anonymise(@NotNull @NotEmpty Collection<UUID> ids, @NotNull Instant now) {
        return cases.anonymise(ids, now);
    }

    /** Deletes up to {@code max} sign-in traces older than {@code cutoff}; answers how many. */
    @RolesAllowed(Roles.SYSTEM)
    public int deleteSignInTraces(@NotNull Instant cutoff, @Min(1) int max) {
        return cases.deleteSignInTraces(cutoff, max);
    }

    /**
     * The case's Member State, whether its personal data are already anonymised and when it was withdrawn; empty when there is
     * no such case. The caller (the retention context's extension) checks the Member State and audits.
     */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public Optional<VictimCaseHold> hold(@NotNull VictimCaseId id) {
        return cases.find(id).map(VictimRetention::hold);
    }

    /**
     * {@link #hold} of several cases in one query (a page of cases): those of {@code ids} that exist, in no particular order.
     * The caller checks each one's Member State and audits, as for one.
     */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public List<VictimCaseHold> holds(@NotNull Collection<@NotNull VictimCaseId> ids) {
        return cases.findAll(ids).stream().map(VictimRetention::hold).toList();
    }

    private static VictimCaseHold hold(VictimCase c) {
        return new VictimCaseHold(c.id(), c.memberState(), c.personalDataErased(), c.withdrawnAt());
    }
}
