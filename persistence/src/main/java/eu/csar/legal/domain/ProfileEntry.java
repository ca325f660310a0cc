package eu.csar.legal.domain;

import eu.csar.legal.api.ProfileValue;
import eu.csar.legal.api.ReviewStatus;
import eu.csar.legal.api.ValueKind;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.StringReader;
import java.util.List;

/**
 * One stored value of a profile version. A list kind is stored as a JSON array of strings, so
 * that it reads plainly in SQL too; a scalar as its text.
 */
@Embeddable
public class ProfileEntry {

    @Column(name = "value_key", nullable = false, updatable = false)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ValueKind kind;

    @Column(name = "value_text", nullable = false, updatable = false)
    private String valueText;

    @Column(nullable = false, updatable = false)
    private String article;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_status", nullable = false, updatable = false)
    private ReviewStatus review;

    @Column(name = "inherited_from", updatable = false)
    private String inheritedFrom;

    protected ProfileEntry() {
    }

    static ProfileEntry of(ProfileValue value) {
        ProfileEntry e = new ProfileEntry();
        e.key = value.key();
        e.kind = value.kind();
        e.valueText = value.kind().isList() ? toJson(value.items()) : value.text();
        e.article = value.article();
        e.review = value.review();
        e.inheritedFrom = value.inheritedFrom();
        return e;
    }

    public String key() {
        return key;
    }

    public ProfileValue view() {
        return kind.isList()
                ? new ProfileValue(key, kind, null, fromJson(valueText), article, review, inheritedFrom)
                : new ProfileValue(key, kind, valueText, List.of(), article, review, inheritedFrom);
    }

    static String toJson(List<String> items) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        items.forEach(array::add);
        return array.build().toString();
    }

    static List<String> fromJson(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }
}
