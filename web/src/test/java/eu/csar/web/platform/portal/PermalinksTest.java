package eu.csar.web.platform.portal;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PermalinksTest {

    private static final String ID = "0b7e2f4c-1d3a-4e5b-8c6d-7e8f9a0b1c2d";

    @Test
    void theWholePathAfterTheMappingIsTheId() {
        assertEquals(Optional.of("/p.xhtml?id=" + ID), Permalinks.pageWithPathId("/p.xhtml", "/" + ID));
        assertEquals(Optional.of("/p.xhtml?type=A&id=" + ID), Permalinks.pageWithPathId("/p.xhtml?type=A", "/" + ID));
        assertEquals(Optional.empty(), Permalinks.pageWithPathId("/p.xhtml", null));
        assertEquals(Optional.empty(), Permalinks.pageWithPathId("/p.xhtml", ""));
        assertEquals(Optional.empty(), Permalinks.pageWithPathId("/p.xhtml", "/"));
        assertEquals(Optional.empty(), Permalinks.pageWithPathId("/p.xhtml", "/" + ID + "/x"));
        assertEquals(Optional.empty(), Permalinks.pageWithPathId("/p.xhtml", "/1-2-3-4-5"));
    }
}
