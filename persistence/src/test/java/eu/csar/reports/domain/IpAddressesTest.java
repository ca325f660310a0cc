package eu.csar.reports.domain;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** IP address literals as a report stores them; host names are never resolved. */
class IpAddressesTest {

    @Test
    void ipv4IsKeptAsWritten() {
        assertEquals(Optional.of("192.0.2.10"), IpAddresses.canonical("192.0.2.10"));
        assertEquals(Optional.of("0.0.0.0"), IpAddresses.canonical("0.0.0.0"));
        assertEquals(Optional.of("255.255.255.255"), IpAddresses.canonical("255.255.255.255"));
    }

    @Test
    void ipv4OutOfRangeOrWithLeadingZerosIsRefused() {
        assertEquals(Optional.empty(), IpAddresses.canonical("256.0.0.1"));
        assertEquals(Optional.empty(), IpAddresses.canonical("192.0.2.010"));
        assertEquals(Optional.empty(), IpAddresses.canonical("192.0.2"));
    }

    @Test
    void ipv6IsWrittenInOneFullLowerCaseForm() {
        assertEquals(Optional.of("2001:db8:0:0:0:0:0:1"), IpAddresses.canonical("2001:DB8::1"));
        assertEquals(Optional.of("0:0:0:0:0:0:0:1"), IpAddresses.canonical("::1"));
    }

    @Test
    void namesAndOtherTextAreRefusedWithoutALookUp() {
        assertEquals(Optional.empty(), IpAddresses.canonical("localhost"));
        assertEquals(Optional.empty(), IpAddresses.canonical("example.org"));
        assertEquals(Optional.empty(), IpAddresses.canonical("abcd"));
        assertEquals(Optional.empty(), IpAddresses.canonical("1:2:3:4:5:6:7:8:9"));
        assertEquals(Optional.empty(), IpAddresses.canonical("::g"));
        assertEquals(Optional.empty(), IpAddresses.canonical(null));
        assertEquals(Optional.empty(), IpAddresses.canonical(""));
    }
}
