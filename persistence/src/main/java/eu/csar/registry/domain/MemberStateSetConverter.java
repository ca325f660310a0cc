package eu.csar.registry.domain;

import eu.csar.shared.domain.MemberState;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of Member States as a sorted comma-separated list of ISO codes ("BE,DE,NL"). */
@Converter
public class MemberStateSetConverter implements AttributeConverter<Set<MemberState>, String> {

    @Override
    public String convertToDatabaseColumn(Set<MemberState> states) {
        return states == null ? "" : states.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<MemberState> convertToEntityAttribute(String column) {
        Set<MemberState> states = EnumSet.noneOf(MemberState.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::trim).map(MemberState::valueOf).forEach(states::add);
        }
        return states;
    }
}
