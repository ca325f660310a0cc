package eu.csar.reports.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.io.Serializable;
import java.time.Instant;

/**
 * Location data of a report (Art 13(1)(e)): the IP address (IPv4 dotted or IPv6 text) and source
 * port the reported user acted from, when, and the country if the provider knows it (ISO 3166
 * alpha-2). The time and the country are optional; the address is what a location is.
 */
public record ReportLocation(
        @NotNull(message = "a location names the IP address")
        @Pattern(regexp = IpAddresses.PATTERN, message = "must be an IPv4 (dotted) or IPv6 address")
        String ipAddress,
        @Min(value = 0, message = "a port is from 0 to 65535") @Max(value = 65535, message = "a port is from 0 to 65535")
        Integer port,
        Instant observedAt,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 country code in capitals, e.g. NL")
        String country) implements Serializable {
}
