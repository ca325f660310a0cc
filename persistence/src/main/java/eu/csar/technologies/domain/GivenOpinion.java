package eu.csar.technologies.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static eu.csar.shared.domain.DomainInputs.required;
import static eu.csar.shared.domain.RuleViolationException.invalid;

/**
 * An opinion recorded on an entry (the Technology Committee's or the EDPB's, Art 50(1)): one given, not
 * one to come (its date not after the day it is recorded, UTC), favourable or not, with its reference;
 * and how its history row states it.
 */
final class GivenOpinion {

    private GivenOpinion() {
    }

    /** Refuses an opinion without a date, dated after {@code at}'s day, without saying whether favourable, or without reference. */
    static void check(LocalDate date, Boolean favourable, String reference, Instant at) {
        if (date == null) {
            throw invalid("opinionDate", "The date of the opinion");
        }
        if (date.isAfter(at.atZone(ZoneOffset.UTC).toLocalDate())) {
            throw invalid("opinionDate", "An opinion given, not one to come: a date not after today");
        }
        if (favourable == null) {
            throw invalid("favourable", "Whether the opinion is favourable");
        }
        TechnologyFields.bounded(required(reference, "opinionReference", "The opinion's reference"), "opinionReference",
                Technology.MAX_OPINION_REFERENCE);
    }

    /** The history row's reason: "favourable" or "not favourable", then the reference. */
    static String text(boolean favourable, String reference) {
        return (favourable ? "favourable" : "not favourable") + "; " + reference.trim();
    }
}
