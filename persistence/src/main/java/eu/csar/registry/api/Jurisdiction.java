package eu.csar.registry.api;

import eu.csar.shared.domain.MemberState;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which Member States' Coordinating Authorities are competent for a provider, and on what basis
 * (Art 26(1)-(2) of COM(2022) 209): that of the main establishment; else that of the legal
 * representative; else every Member State. Derived by the registry from the entry, never entered;
 * the Member States iterate in alphabetical order.
 */
public record Jurisdiction(Basis basis, Set<MemberState> memberStates) implements Serializable {

    public enum Basis { MAIN_ESTABLISHMENT, LEGAL_REPRESENTATIVE, EVERY_MEMBER_STATE }

    public Jurisdiction {
        Objects.requireNonNull(basis, "basis");
        if (memberStates == null || memberStates.isEmpty()) {
            throw new IllegalArgumentException("a jurisdiction has at least one Member State");
        }
        memberStates = Collections.unmodifiableSet(EnumSet.copyOf(memberStates));
    }

    public static Jurisdiction of(Basis basis, MemberState state) {
        return new Jurisdiction(basis, Set.of(state));
    }

    public static Jurisdiction everyMemberState() {
        return new Jurisdiction(Basis.EVERY_MEMBER_STATE, EnumSet.allOf(MemberState.class));
    }

    public boolean includesAnyOf(Set<MemberState> states) {
        return memberStates.stream().anyMatch(states::contains);
    }
}
