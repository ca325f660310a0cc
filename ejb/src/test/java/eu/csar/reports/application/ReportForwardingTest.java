package eu.csar.reports.application;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a recipient's answer means: which statuses are retried, and the hold it may carry (Art 48(6)(a)). */
class ReportForwardingTest {

    @Test
    void aRetryMendsNoAnswerTimeoutsThrottlingServerErrorsAndRedirectsButNotARefusal() {
        for (int status : new int[]{500, 502, 503, 504, 408, 429, 301, 302, 307}) {
            assertTrue(ReportForwarding.retryable(status), Integer.toString(status));
        }
        for (int status : new int[]{200, 201, 202, 204, 400, 401, 403, 404, 409, 413, 422}) {
            assertFalse(ReportForwarding.retryable(status), Integer.toString(status));
        }
    }

    @Test
    void aRecipientsAnswerMayAskForAHold() {
        assertEquals(Instant.parse("2027-06-01T00:00:00Z"), ReportForwarding.holdOf("{\"doNotInformUntil\":\"2027-06-01T00:00:00Z\"}"));
        assertNull(ReportForwarding.holdOf(""));
        assertNull(ReportForwarding.holdOf(null));
        assertNull(ReportForwarding.holdOf("{\"deliveryId\":\"x\",\"duplicate\":false}"), "no hold asked");
        assertNull(ReportForwarding.holdOf("{\"doNotInformUntil\":\"next year\"}"), "not an instant: the delivery stands, no hold");
        assertNull(ReportForwarding.holdOf("{\"doNotInformUntil\":5}"));
        assertNull(ReportForwarding.holdOf("[1]"));
        assertNull(ReportForwarding.holdOf("not json"));
    }

    @Test
    void aRecipientsAnswerIsReadUpTo64KibAndNoFurther() throws IOException {
        class Endless extends InputStream {
            long read;
            boolean closed;

            @Override
            public int read() {
                read++;
                return 'x';
            }

            @Override
            public void close() {
                closed = true;
            }
        }
        Endless endless = new Endless();
        String answer = ReportForwarding.bounded(endless, ReportForwarding.MAX_ANSWER_BYTES);
        assertEquals(64 * 1024, answer.length(), "a recipient that never stops talking is cut at 64 KiB");
        assertEquals(64 * 1024, endless.read, "not a byte more is read");
        assertTrue(endless.closed, "and the answer is closed");

        String hold = "{\"doNotInformUntil\":\"2027-06-01T00:00:00Z\"}";
        assertEquals(hold, ReportForwarding.bounded(new ByteArrayInputStream(hold.getBytes(StandardCharsets.UTF_8)),
                ReportForwarding.MAX_ANSWER_BYTES), "a short answer whole");
        String padded = "{\"doNotInformUntil\":\"2027-06-01T00:00:00Z\",\"pad\":\"" + "p".repeat(70_000) + "\"}";
        assertNull(ReportForwarding.holdOf(ReportForwarding.bounded(new ByteArrayInputStream(padded.getBytes(StandardCharsets.UTF_8)),
                ReportForwarding.MAX_ANSWER_BYTES)), "a cut answer is no JSON: no hold, the delivery stands by its status");
    }
}
