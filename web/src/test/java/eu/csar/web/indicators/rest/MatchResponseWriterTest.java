package eu.csar.web.indicators.rest;

import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.api.ProvenanceSource;
import eu.csar.indicators.application.IndexHit;
import eu.csar.indicators.application.LineMatches;
import eu.csar.indicators.application.MatchResult;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The streaming writer of match answers writes byte for byte what the default JSON-B binding
 * wrote before it: lines without matches, lines with several, several provenance classes.
 */
class MatchResponseWriterTest {

    @Test
    void writesWhatTheDefaultBindingWrites() throws Exception {
        IndexHit near = new IndexHit(new IndicatorId(UUID.fromString("0b6f1a3c-1d2e-4f50-8a9b-0c1d2e3f4a5b")), "known-images", 3,
                List.of(ProvenanceSource.AUTHORITY_DECISION, ProvenanceSource.THIRD_PARTY_LIST));
        IndexHit far = new IndexHit(new IndicatorId(UUID.fromString("1c7a2b4d-2e3f-4a61-9bac-1d2e3f4a5b6c")), "known-images/sub", 29,
                List.of(ProvenanceSource.CENTRE_REVIEW));
        MatchResult result = new MatchResult(3, 3, List.of(
                new LineMatches(1, "PDQ", "f".repeat(64), List.of(near, far)),
                new LineMatches(2, "MD5", "0".repeat(32), List.of()),
                new LineMatches(3, "SHA256", "a\"b".repeat(2), List.of(near))));
        MatchResponseDto dto = MatchResponseDto.of(result);

        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        MatchResponseWriter writer = new MatchResponseWriter();
        assertTrue(writer.isWriteable(MatchResponseDto.class, MatchResponseDto.class, new java.lang.annotation.Annotation[0],
                MediaType.APPLICATION_JSON_TYPE));
        assertFalse(writer.isWriteable(MatchRequestDto.class, MatchRequestDto.class, new java.lang.annotation.Annotation[0],
                MediaType.APPLICATION_JSON_TYPE));
        writer.writeTo(dto, MatchResponseDto.class, MatchResponseDto.class, new java.lang.annotation.Annotation[0],
                MediaType.APPLICATION_JSON_TYPE, null, streamed);

        try (Jsonb jsonb = JsonbBuilder.create()) {
            assertEquals(jsonb.toJson(dto), streamed.toString(StandardCharsets.UTF_8));
        }
    }
}
