package eu.csar.reports.domain;

import eu.csar.reports.api.ReportType;
import eu.csar.shared.domain.CleanText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The content of a report as Art 13(1) lists it, as the provider sends it when it opens the report.
 * The provider itself (and through the registry its legal representative) is the caller, never a
 * field. No content data: {@code contentReference} is the provider's own reference to the item
 * (its file id, say); content itself will go to the evidence vault.
 *
 * @param type                   known material, new material or grooming (Art 13(1)(f))
 * @param timestamp              the provider's time stamp of the report (Art 13(1)(a))
 * @param contentReference       the provider's reference to the content data (Art 13(1)(c)); optional
 * @param otherData              other data related to the content (Art 13(1)(d)), free text; optional
 * @param location               IP address, port, time and country (Art 13(1)(e)); optional
 * @param userIdentifiers        identifiers of the users involved (Art 13(1)(g)), e.g. account names
 * @param reportedToThirdCountry whether the provider also reported it to a public authority of a third country (Art 13(1)(h))
 * @param thirdCountryReference  that authority's reference, e.g. an NCMEC report id; only when reported
 * @param removedOrDisabled      whether the provider removed or disabled access to the material (Art 13(1)(i))
 * @param urgent                 whether the report concerns an imminent threat to a child (Art 13(1)(j))
 * @param legalBasis             the legal basis the provider relies on, e.g. "Art 12(1) COM(2022) 209"
 * @param publicUrls             where the material was publicly accessible (http or https URLs; location data
 *                               related to the abuse, Art 13(1)(e)), which the EU Centre checks for removal
 *                               once it decided to forward the report; optional
 */
public record ReportContent(
        @NotNull(message = "KNOWN, NEW or GROOMING") ReportType type,
        @NotNull(message = "the report's time stamp (ISO 8601 UTC)") Instant timestamp,
        @Size(max = Report.MAX_REFERENCE) @CleanText String contentReference,
        @Size(max = Report.MAX_OTHER_DATA) @CleanText(multiLine = true) String otherData,
        @Valid ReportLocation location,
        @Size(max = Report.MAX_USER_IDENTIFIERS)
        List<@NotBlank @Size(max = Report.MAX_USER_IDENTIFIER) @CleanText String> userIdentifiers,
        @NotNull(message = "say whether it was also reported to a third-country authority") Boolean reportedToThirdCountry,
        @Size(max = Report.MAX_REFERENCE) @CleanText String thirdCountryReference,
        @NotNull(message = "say whether the material was removed or disabled") Boolean removedOrDisabled,
        @NotNull(message = "say whether the report is urgent (imminent threat to a child)") Boolean urgent,
        @NotBlank(message = "the legal basis the report rests on") @Size(max = Report.MAX_LEGAL_BASIS) @CleanText String legalBasis,
        @Size(max = PublicUrls.MAX_PER_REPORT)
        List<@NotBlank @Size(max = PublicUrls.MAX_LENGTH) @CleanText String> publicUrls)
        implements Serializable {

    public ReportContent {
        // nulls stay for Bean Validation to name them
        userIdentifiers = userIdentifiers == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(userIdentifiers));
        publicUrls = publicUrls == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(publicUrls));
    }

    /** The content without public URLs. */
    public ReportContent(ReportType type, Instant timestamp, String contentReference, String otherData, ReportLocation location,
                         List<String> userIdentifiers, Boolean reportedToThirdCountry, String thirdCountryReference,
                         Boolean removedOrDisabled, Boolean urgent, String legalBasis) {
        this(type, timestamp, contentReference, otherData, location, userIdentifiers, reportedToThirdCountry,
                thirdCountryReference, removedOrDisabled, urgent, legalBasis, List.of());
    }

    /** The earliest and latest time a report may name (the database's range is wider; the law's is narrower). */
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /** Times are real dates: a report's time stamp and the location's time lie between 1970 and 9999. */
    @AssertTrue(message = "times lie between 1970-01-01 and 9999-12-31 (UTC)")
    public boolean isTimesInRange() {
        return inRange(timestamp) && (location == null || inRange(location.observedAt()));
    }

    private static boolean inRange(Instant at) {
        return at == null || !at.isBefore(EARLIEST) && !at.isAfter(LATEST);
    }

    /** A third-country reference belongs to a report that was reported there. */
    @AssertTrue(message = "a third-country reference needs reportedToThirdCountry true")
    public boolean isThirdCountryConsistent() {
        return thirdCountryReference == null || thirdCountryReference.isBlank() || Boolean.TRUE.equals(reportedToThirdCountry);
    }
}
