package eu.csar.registry.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.List;

/** Stores the languages of a contact point, in order of preference, as "nl,en". */
@Converter
public class LanguageListConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> languages) {
        return languages == null ? "" : String.join(",", languages);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isBlank()
                ? List.of()
                : Arrays.stream(column.split(",")).map(String::trim).toList();
    }
}
