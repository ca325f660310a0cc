package eu.csar.web.indicators.rest;

import java.util.List;

/** A reviewer's verification of a submission: the item numbers rejected (none: all verified) and a note. */
public class VerificationDto {

    public List<Integer> rejectedLines;
    public String note;
}
