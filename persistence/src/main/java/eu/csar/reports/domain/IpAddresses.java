package eu.csar.reports.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * IP addresses as a report stores them: literals only (never resolved as host names), IPv4 in
 * dotted decimal, IPv6 in the JDK's full form in lower case, so that the canonical document of a
 * report has one spelling of each address.
 */
public final class IpAddresses {

    /** The characters and shape an address may have; {@link #canonical} decides. */
    public static final String PATTERN = "(\\d{1,3}(\\.\\d{1,3}){3})|([0-9A-Fa-f:.]{2,45})";

    private static final java.util.regex.Pattern IPV4 = java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private IpAddresses() {
    }

    /** The address as stored, or empty if {@code text} is not an IP address literal. */
    public static Optional<String> canonical(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (IPV4.matcher(text).matches()) {
            for (String part : text.split("\\.")) {
                if (Integer.parseInt(part) > 255 || part.length() > 1 && part.charAt(0) == '0') {
                    return Optional.empty();
                }
            }
            return Optional.of(text);
        }
        if (text.indexOf(':') < 0 || !text.matches("[0-9A-Fa-f:.]{2,45}")) {
            return Optional.empty();
        }
        try {
            // a literal with ':' is never looked up as a host name
            return Optional.of(InetAddress.getByName(text).getHostAddress().toLowerCase(Locale.ROOT));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
