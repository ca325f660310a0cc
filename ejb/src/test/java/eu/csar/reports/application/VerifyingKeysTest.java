package eu.csar.reports.application;

import com.nimbusds.jose.JWSAlgorithm;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Registered keys are parsed and prepared once, and the kept set stays bounded. */
class VerifyingKeysTest {

    @Test
    void aKeyIsPreparedOnceAndItsVerifierReused() throws Exception {
        String pem = ReportSignaturesTest.pem(ReportSignaturesTest.ec("secp256r1").getPublic());
        VerifyingKeys.VerifyingKey first = VerifyingKeys.of(pem).orElseThrow();
        assertSame(first, VerifyingKeys.of(pem).orElseThrow());
        assertEquals(Optional.of(JWSAlgorithm.ES256), first.algorithm());
        assertTrue(first.verifier().orElseThrow() instanceof Es256Verifier);
    }

    @Test
    void otherCurvesAndRsaUseNimbusAndEd25519HasNoAlgorithm() throws Exception {
        VerifyingKeys.VerifyingKey p384 = VerifyingKeys.of(ReportSignaturesTest.pem(ReportSignaturesTest.ec("secp384r1").getPublic())).orElseThrow();
        assertEquals(Optional.of(JWSAlgorithm.ES384), p384.algorithm());
        assertTrue(p384.verifier().orElseThrow() instanceof com.nimbusds.jose.crypto.ECDSAVerifier);
        var ed = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        VerifyingKeys.VerifyingKey edKey = VerifyingKeys.of(ReportSignaturesTest.pem(ed.getPublic())).orElseThrow();
        assertEquals(Optional.empty(), edKey.algorithm());
        assertEquals(Optional.empty(), edKey.verifier());
        assertEquals(Optional.empty(), VerifyingKeys.of("not a key"));
    }

    @Test
    void aFullCacheIsEmptiedBeforeTheNextKeyIsKept() throws Exception {
        String pem = ReportSignaturesTest.pem(ReportSignaturesTest.ec("secp256r1").getPublic());
        for (int i = 0; VerifyingKeys.size() < VerifyingKeys.CAPACITY; i++) {
            VerifyingKeys.of("not a key " + i);
        }
        assertEquals(VerifyingKeys.CAPACITY, VerifyingKeys.size());
        VerifyingKeys.of(pem).orElseThrow();
        assertEquals(1, VerifyingKeys.size());
    }
}
