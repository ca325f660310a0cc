package eu.csar.web.indicators.rest;

import eu.csar.indicators.application.NewSubmission;
import eu.csar.web.platform.rest.Inputs;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A Coordinating Authority's submission as its system sends it: the set, the national decision, the
 * process that computed the hashes, and the lines, either as one text ({@code text}, the hasher's
 * output as is) or as an array of lines ({@code lines}); exactly one of the two.
 */
public class SubmissionRequestDto {

    /** known-images, known-videos, url-list (or a sub-set's code). */
    public String setCode;
    /** The Member State submitted for; may be left out when the caller acts for one only. */
    public String memberState;
    public String authority;
    public String decisionReference;
    /** ISO date, e.g. 2026-11-30. */
    public String decisionDate;
    /** e.g. csar-hash */
    public String process;
    /** e.g. 1 */
    public String processVersion;
    /** Keep the hasher's path column as the label of each link (default: dropped). */
    public Boolean keepPathAsLabel;
    public String text;
    public List<String> lines;

    NewSubmission toDomain() {
        if ((text == null) == (lines == null)) {
            throw Inputs.invalid("lines", "Send the lines either as one text (text) or as an array (lines), not both or neither");
        }
        String body = text;
        if (lines != null) {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line == null || line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                    throw Inputs.invalid("lines[" + i + "]", "A line is a string without line breaks");
                }
            }
            body = String.join("\n", lines);
        }
        return new NewSubmission(setCode, memberState == null || memberState.isBlank() ? null
                : Inputs.memberState(memberState, "memberState"), authority, decisionReference, date(decisionDate),
                process, processVersion, Boolean.TRUE.equals(keepPathAsLabel), body);
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw Inputs.invalid("decisionDate", Inputs.quoted(text) + " is not a date (YYYY-MM-DD)");
        }
    }
}
