package eu.csar.reports.api;

import eu.csar.shared.domain.MemberState;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * To whom a report the EU Centre forwards goes (Art 48(3)): the law-enforcement authorities of the
 * Member States likely to have jurisdiction, and/or Europol; Europol alone when no Member State can
 * be determined ("unclear"). The desk proposes one ({@link #propose}) from the location data's
 * country and the Member States the provider declared (a country named in the report's data); the
 * reviewer confirms or changes it ({@link #decided}).
 *
 * @param memberStates the Member States likely to have jurisdiction, possibly none
 * @param europol      whether Europol receives it; always true when {@code memberStates} is empty
 */
public record Jurisdiction(Set<MemberState> memberStates, boolean europol) implements Serializable {

    public Jurisdiction {
        memberStates = memberStates == null || memberStates.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(memberStates));
        if (memberStates.isEmpty() && !europol) {
            throw new IllegalArgumentException("a forward goes to at least one Member State or Europol");
        }
    }

    /**
     * The desk's proposal: each Member State among the location country and the provider's declared
     * countries, with Europol; Europol alone when none of them is a Member State (a third country,
     * or nothing known).
     */
    public static Jurisdiction propose(String locationCountry, Collection<String> declaredCountries) {
        Set<MemberState> states = EnumSet.noneOf(MemberState.class);
        MemberState.fromCode(locationCountry).ifPresent(states::add);
        if (declaredCountries != null) {
            declaredCountries.forEach(c -> MemberState.fromCode(c).ifPresent(states::add));
        }
        return new Jurisdiction(states, true);
    }

    /** The reviewer's determination: the Member States chosen and whether Europol too; none chosen means Europol alone. */
    public static Jurisdiction decided(Collection<MemberState> memberStates, boolean europol) {
        boolean none = memberStates == null || memberStates.isEmpty();
        return new Jurisdiction(none ? Set.of() : EnumSet.copyOf(memberStates), none || europol);
    }

    /** Whether Europol alone receives it (no Member State determined). */
    public boolean europolAlone() {
        return memberStates.isEmpty();
    }

    /** The Member States as sorted ISO codes, comma-separated ("" for none): how the database keeps them. */
    public String memberStateCodes() {
        return memberStates.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    /** The jurisdiction from its stored form. */
    public static Jurisdiction of(String memberStateCodes, boolean europol) {
        Set<MemberState> states = EnumSet.noneOf(MemberState.class);
        if (memberStateCodes != null && !memberStateCodes.isBlank()) {
            for (String code : memberStateCodes.split(",")) {
                states.add(MemberState.fromCode(code.strip()).orElseThrow(() -> new IllegalArgumentException(code)));
            }
        }
        return new Jurisdiction(states, europol);
    }

    /** The recipient code of Europol (Member States' law-enforcement authorities go by their ISO code). */
    public static final String EUROPOL = "EUROPOL";

    /**
     * Who receives the report, one delivery each: the law-enforcement authority of each Member State
     * (its ISO code, sorted), then Europol when it is among them.
     */
    public List<String> recipients() {
        List<String> recipients = new ArrayList<>(memberStates.stream().map(Enum::name).sorted().toList());
        if (europol) {
            recipients.add(EUROPOL);
        }
        return List.copyOf(recipients);
    }

    @Override
    public String toString() {
        String codes = memberStateCodes();
        return codes.isEmpty() ? "Europol alone" : codes + (europol ? " and Europol" : "");
    }

}
