package eu.csar.web.indicators.rest;

import eu.csar.indicators.application.IndexHit;
import eu.csar.indicators.application.LineMatches;
import eu.csar.indicators.application.MatchResult;

import java.util.List;

/**
 * The answer to a match batch: per line (in the order sent) the matching indicators with their id,
 * set, Hamming distance (0 for digests) and provenance classes; never a decision reference.
 */
public class MatchResponseDto {

    public int hashes;
    public int matches;
    public List<LineDto> results;

    /** One line's matches. */
    public static class LineDto {
        public int line;
        public String kind;
        public String hash;
        public List<HitDto> matches;
    }

    /** One matching indicator. */
    public static class HitDto {
        public String indicatorId;
        public String set;
        public int distance;
        public List<String> provenance;
    }

    public static MatchResponseDto of(MatchResult result) {
        MatchResponseDto dto = new MatchResponseDto();
        dto.hashes = result.hashes();
        dto.matches = result.matches();
        dto.results = result.lines().stream().map(MatchResponseDto::line).toList();
        return dto;
    }

    private static LineDto line(LineMatches l) {
        LineDto dto = new LineDto();
        dto.line = l.line();
        dto.kind = l.kind();
        dto.hash = l.hash();
        dto.matches = l.matches().stream().map(MatchResponseDto::hit).toList();
        return dto;
    }

    private static HitDto hit(IndexHit h) {
        HitDto dto = new HitDto();
        dto.indicatorId = h.indicator().toString();
        dto.set = h.set();
        dto.distance = h.distance();
        dto.provenance = h.provenance().stream().map(Enum::name).toList();
        return dto;
    }
}
