package eu.csar.testsupport.legal;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileRef;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * Where the deadline stand-in finds a profile key's period ({@code removal-order.execution-period}
 * in {@code COM-2022-209} v1 and the like). Until the legal profiles are read here it knows none, and
 * the stand-in takes the period given in the request; once they are, this asks the legal profile
 * service, and a request may name the key alone.
 */
@ApplicationScoped
public class ProfilePeriods {

    public Optional<LegalPeriod> period(ProfileRef profile, String key) {
        return Optional.empty();
    }
}
