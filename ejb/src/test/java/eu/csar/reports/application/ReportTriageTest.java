package eu.csar.reports.application;

import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the dead-letter screen shows of a failure, and the words of a PDQ hash as the band rule and the table take them. */
class ReportTriageTest {

    @Test
    void aFailureIsDescribedByItsInnermostCause() {
        EJBException wrapped = new EJBException(new IllegalStateException("no report 42"));
        assertEquals("IllegalStateException: no report 42", ReportTriage.describe(wrapped));
        assertEquals("IllegalArgumentException: the job names no report id",
                ReportTriage.describe(new IllegalArgumentException("the job names no report id")));
    }

    @Test
    void longTextIsCut() {
        assertEquals("abc", ReportTriage.cut("abcdef", 3));
        assertEquals("ab", ReportTriage.cut("ab", 3));
    }

    @Test
    void wordsAreThoseOfThePdqHash() {
        String hex = "f".repeat(16) + "0".repeat(48);
        long[] words = ReportTriage.words(hex);
        assertEquals(4, words.length);
        assertEquals(64, Long.bitCount(words[0]) + Long.bitCount(words[1]) + Long.bitCount(words[2]) + Long.bitCount(words[3]));
        assertArrayEquals(words, ReportTriage.words(hex.toUpperCase()));
    }
}
