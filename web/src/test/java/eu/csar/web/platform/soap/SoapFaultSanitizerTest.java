package eu.csar.web.platform.soap;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SoapFaultSanitizerTest {

    @Test
    void aFaultOfTheXmlStackIsReplacedTheServicesOwnIsKept() {
        assertTrue(SoapFaultSanitizer.isForeignFault("<soap:Fault><faultcode>soap:Client</faultcode><faultstring>Unexpected character "
                + "'x' (code 120) at [row,col {unknown-source}]: [1,5] com.ctc.wstx.exc.WstxUnexpectedCharException</faultstring></soap:Fault>"));
        assertFalse(SoapFaultSanitizer.isForeignFault("<soap:Fault><faultcode>soap:Server</faultcode><faultstring>Forbidden</faultstring>"
                + "<detail><ns2:RegistryFault xmlns:ns2=\"urn:eu:csar:problem:v1\"><type>urn:eu:csar:problem:forbidden</type>"
                + "</ns2:RegistryFault></detail></soap:Fault>"));
        assertTrue(SoapFaultSanitizer.isForeignFault("<soap:Fault><faultstring>Unexpected wrapper element {urn:eu:csar:problem:v1}X "
                + "found</faultstring></soap:Fault>"), "a namespace the caller chose does not pass for the service's fault");
        assertFalse(SoapFaultSanitizer.isForeignFault("<soap:Fault><faultstring>Invalid</faultstring><detail><ns2:RegistryFault>"
                + "<type>urn:eu:csar:problem:validation-failed</type></ns2:RegistryFault></detail></soap:Fault>"));
        assertFalse(SoapFaultSanitizer.isForeignFault("<soap:Envelope><soap:Body><r:GetOwnEntryResponse/></soap:Body></soap:Envelope>"));
        assertFalse(SoapFaultSanitizer.genericFault().contains("wstx"));
    }

    @Test
    void aServiceFaultOfTheCallersMakingIsAClientFault() {
        String notFound = "<soap:Fault><faultcode>soap:Server</faultcode><faultstring>Not found</faultstring><detail>"
                + "<ns2:OrderFault><type>urn:eu:csar:problem:not-found</type><status>404</status></ns2:OrderFault></detail></soap:Fault>";
        assertTrue(SoapFaultSanitizer.isClientsFault(notFound));
        assertFalse(SoapFaultSanitizer.isClientsFault(notFound.replace("404", "500")), "the platform's own failure stays Server");
        assertFalse(SoapFaultSanitizer.isClientsFault(notFound.replace("soap:Server", "soap:Client")));
        assertFalse(SoapFaultSanitizer.isClientsFault("<soap:Fault><faultcode>soap:Server</faultcode><faultstring>x</faultstring>"
                + "<detail><status>400</status></detail></soap:Fault>"), "only a fault with this platform's problem detail");
    }

    @Test
    void aFaultOfThisPlatformSaysWhoseFaultItIsAndEscapesItsText() {
        String reused = SoapFaultSanitizer.fault("urn:eu:csar:problem:idempotency-key-reused", "Reused", 422, "a <b> & c");
        assertTrue(reused.contains("<faultcode>soap:Client</faultcode>"), reused);
        assertTrue(reused.contains("<detail>a &lt;b&gt; &amp; c</detail>"), reused);
        assertFalse(SoapFaultSanitizer.isForeignFault(reused), "the sanitizer keeps it");
        assertTrue(SoapFaultSanitizer.fault("urn:eu:csar:problem:internal-error", "Error", 500, "x").contains("soap:Server"));
    }
}
