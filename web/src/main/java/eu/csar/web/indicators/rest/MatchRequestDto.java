package eu.csar.web.indicators.rest;

import eu.csar.indicators.application.HashQuery;

import java.util.List;

/** A match batch: up to 1,000 hashes, each {@code {"kind":"PDQ|MD5|SHA256","hash":"<hex>"}}. */
public class MatchRequestDto {

    public List<HashDto> hashes;

    /** One hash to match. */
    public static class HashDto {
        public String kind;
        public String hash;
    }

    public List<HashQuery> queries() {
        return hashes == null ? null : hashes.stream().map(h -> h == null ? null : new HashQuery(h.kind, h.hash)).toList();
    }
}
