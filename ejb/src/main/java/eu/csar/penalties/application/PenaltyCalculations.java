package eu.csar.penalties.application;

import eu.csar.legal.api.ProfileRef;
import eu.csar.legal.api.ProfileValue;
import eu.csar.legal.application.LegalProfiles;
import eu.csar.penalties.api.PenaltyCalculation;
import eu.csar.penalties.api.PenaltyKind;
import eu.csar.penalties.api.PenaltyQuestion;
import eu.csar.penalties.domain.PenaltyCalculator;
import eu.csar.penalties.domain.PenaltyCap;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The penalty calculator of the Coordinating Authorities (Art 35 of COM(2022) 209): the cap of the
 * kind asked about is read from the newest version of the legal profile the authority names (by
 * default {@value #DEFAULT_PROFILE}) and applied by {@link PenaltyCalculator}; a proposal above it is
 * refused with the Article. The question names no provider and keeps nothing, so there is nothing to
 * scope by Member State and nothing to audit; the penalty case files that will name the provider
 * (with its turnover) will be scoped and audited.
 */
@Stateless
public class PenaltyCalculations {

    static final String DEFAULT_PROFILE = "COM-2022-209";

    @Inject
    LegalProfiles profiles;

    /** The cap and how it was reached; refused (INVALID, naming the field and the Article) above the cap. */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public PenaltyCalculation calculate(@NotNull @Valid PenaltyQuestion question, @Size(max = 100) String profile) {
        String id = profile == null || profile.isBlank() ? DEFAULT_PROFILE : profile.trim();
        PenaltyCap cap;
        try {
            cap = cap(profiles, profiles.current(id), question.kind());
        } catch (UnknownObjectException unknown) {
            throw RuleViolationException.invalid("profile",
                    "No legal profile " + id + " with a " + question.kind().cap().key() + " cap");
        }
        return PenaltyCalculator.calculate(cap, question);
    }

    /** The cap of {@code kind} as exactly the profile version {@code ref} states it. */
    static PenaltyCap cap(LegalProfiles profiles, ProfileRef ref, PenaltyKind kind) {
        ProfileValue value = profiles.value(ref, kind.cap());
        return new PenaltyCap(kind, profiles.percent(ref, kind.cap()), value.article(), ref.toString());
    }
}
