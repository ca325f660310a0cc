package eu.csar.web.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProblemInstanceTest {

    @Test
    void theInstanceIsTheBasePathAndTheNonEmptySegments() {
        assertEquals("/api/v1/providers/x", ProblemInstance.of("/api/", List.of("v1", "providers", "", "x")));
        assertEquals("/api/v1/providers", ProblemInstance.of("/api", List.of("v1", "providers")));
    }

    @Test
    void aSegmentOfAtMostEightyCharactersIsRepeatedWhole() {
        String eighty = "a".repeat(79) + "\uD83D\uDE00";
        assertEquals("/api/v1/" + eighty, ProblemInstance.of("/api/", List.of("v1", eighty)));
    }

    @Test
    void aLongerSegmentIsCutAfterEightyCharactersNeverInsideACharacter() {
        String longSegment = "\uD83D\uDE00".repeat(100_000);
        String instance = ProblemInstance.of("/api/", List.of("v1", "reports", longSegment, "content"));
        assertEquals("/api/v1/reports/" + "\uD83D\uDE00".repeat(80) + "…/content", instance);
    }
}
