package eu.csar.web.platform.rest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CappedBodyTest {

    @Test
    void exactlyTheLimitReadsAndOneMoreByteIs413() throws IOException {
        assertEquals(10, new CappedBody(new ByteArrayInputStream(new byte[10]), 10, "x").readAllBytes().length);
        BodyRefused refused = assertThrows(BodyRefused.class,
                () -> new CappedBody(new ByteArrayInputStream(new byte[11]), 10, "at most 10 bytes").readAllBytes());
        assertEquals(ProblemType.CONTENT_TOO_LARGE, refused.type());
        assertEquals("at most 10 bytes", refused.getMessage());
    }

    @Test
    void singleByteReadsAndSkipsCountToo() throws IOException {
        InputStream single = new CappedBody(new ByteArrayInputStream(new byte[3]), 2, "x");
        assertEquals(0, single.read());
        assertEquals(0, single.read());
        assertThrows(BodyRefused.class, single::read);

        InputStream skipping = new CappedBody(new ByteArrayInputStream(new byte[5]), 4, "x");
        assertEquals(4, skipping.skip(4));
        assertThrows(BodyRefused.class, skipping::read);
        assertEquals(-1, new CappedBody(new ByteArrayInputStream(new byte[0]), 0, "x").read());
    }

    @Test
    void itCannotBeRewoundToCountBytesTwice() {
        assertFalse(new CappedBody(new ByteArrayInputStream(new byte[1]), 1, "x").markSupported());
    }
}
