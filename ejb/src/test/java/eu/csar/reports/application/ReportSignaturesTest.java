package eu.csar.reports.application;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The check of a report's signature: a detached compact JWS over the canonical document with the
 * registered key; each way it can be wrong is refused with its own reason.
 */
class ReportSignaturesTest {

    static KeyPair ec256;
    static KeyPair ec384;
    static KeyPair otherEc256;
    static KeyPair rsa;
    static KeyPair ed25519;
    static final byte[] DOCUMENT = ReportSamples.CANONICAL.getBytes(StandardCharsets.UTF_8);

    @BeforeAll
    static void keys() throws Exception {
        ec256 = ec("secp256r1");
        otherEc256 = ec("secp256r1");
        ec384 = ec("secp384r1");
        rsa = rsaTestKey();
        ed25519 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    /**
     * The fixed RSA 2048 test key of the resource next to this class: generating one took 0.8-1.5 s in a
     * fresh JVM, enough for the mutation run's workers to time out on mutants the tests should judge.
     */
    static KeyPair rsaTestKey() throws Exception {
        try (InputStream in = ReportSignaturesTest.class.getResourceAsStream("rsa-2048-test-key.pem")) {
            String base64 = new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines()
                    .filter(line -> !line.startsWith("#") && !line.startsWith("-----"))
                    .collect(Collectors.joining());
            KeyFactory factory = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            return new KeyPair(factory.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent())), key);
        }
    }

    static KeyPair ec(String curve) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec(curve));
        return g.generateKeyPair();
    }

    static String pem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    /** What a provider sends: the JWS of {@code document} in compact form with the payload cut out. */
    static String detached(JWSAlgorithm alg, KeyPair pair, byte[] document) throws Exception {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(alg).type(JOSEObjectType.JOSE).build(), new Payload(document));
        jws.sign(alg.getName().startsWith("RS") ? new RSASSASigner(pair.getPrivate()) : new ECDSASigner((ECPrivateKey) pair.getPrivate()));
        return jws.serialize(true);
    }

    static SignatureProblem refused(String jws, byte[] document, Optional<String> pem) {
        return assertThrows(SignatureRejected.class, () -> ReportSignatures.verify(jws, document, pem)).problem();
    }

    @Test
    void aGoodEs256SignatureVerifies() throws Exception {
        String jws = detached(JWSAlgorithm.ES256, ec256, DOCUMENT);
        assertTrue(jws.contains(".."), "detached: nothing between the dots");
        assertEquals(JWSAlgorithm.ES256, ReportSignatures.verify(jws, DOCUMENT, Optional.of(pem(ec256.getPublic()))));
        assertEquals(JWSAlgorithm.ES256, ReportSignatures.verify("  " + jws + "\n", DOCUMENT, Optional.of(pem(ec256.getPublic()))));
    }

    /**
     * Documents of every length modulo 3 whose encoding needs the URL alphabet's '-' and '_': the signing
     * input the check builds is the one the provider signed (base64url, no padding), and a changed
     * byte still does not verify.
     */
    @Test
    void theSigningInputIsTheProvidersForEveryPayloadLength() throws Exception {
        for (int length = 1; length <= 6; length++) {
            byte[] document = new byte[length];
            java.util.Arrays.fill(document, (byte) (length % 2 == 0 ? 0xfb : 0xff));
            String jws = detached(JWSAlgorithm.ES256, ec256, document);
            assertEquals(JWSAlgorithm.ES256, ReportSignatures.verify(jws, document, Optional.of(pem(ec256.getPublic()))),
                    length + " byte(s)");
            byte[] changed = document.clone();
            changed[0] = 0x3e;
            assertEquals(SignatureProblem.DOES_NOT_VERIFY, refused(jws, changed, Optional.of(pem(ec256.getPublic()))));
        }
    }

    @Test
    void es384AndRs256FollowTheKeyType() throws Exception {
        assertEquals(JWSAlgorithm.ES384, ReportSignatures.verify(detached(JWSAlgorithm.ES384, ec384, DOCUMENT), DOCUMENT,
                Optional.of(pem(ec384.getPublic()))));
        assertEquals(JWSAlgorithm.RS256, ReportSignatures.verify(detached(JWSAlgorithm.RS256, rsa, DOCUMENT), DOCUMENT,
                Optional.of(pem(rsa.getPublic()))));
    }

    @Test
    void missing() {
        assertEquals(SignatureProblem.MISSING, refused(null, DOCUMENT, Optional.of(pem(ec256.getPublic()))));
        assertEquals(SignatureProblem.MISSING, refused("  ", DOCUMENT, Optional.of(pem(ec256.getPublic()))));
    }

    @Test
    void malformed() throws Exception {
        Optional<String> key = Optional.of(pem(ec256.getPublic()));
        assertEquals(SignatureProblem.MALFORMED, refused("not a jws", DOCUMENT, key));
        assertEquals(SignatureProblem.MALFORMED, refused("a.b", DOCUMENT, key));
        assertEquals(SignatureProblem.MALFORMED, refused("..sig", DOCUMENT, key));
        assertEquals(SignatureProblem.MALFORMED, refused("e30..", DOCUMENT, key));
        assertEquals(SignatureProblem.MALFORMED, refused("!!!..abc", DOCUMENT, key));
        JWSObject attached = new JWSObject(new JWSHeader(JWSAlgorithm.ES256), new Payload(DOCUMENT));
        attached.sign(new ECDSASigner((ECPrivateKey) ec256.getPrivate()));
        SignatureRejected e = assertThrows(SignatureRejected.class, () -> ReportSignatures.verify(attached.serialize(), DOCUMENT, key));
        assertEquals(SignatureProblem.MALFORMED, e.problem());
        assertTrue(e.getMessage().startsWith("MALFORMED: the payload must be detached"), e.getMessage());
        assertEquals("signature", e.field());
        // RFC 7797 unencoded payload
        JWSObject b64 = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).base64URLEncodePayload(false)
                .criticalParams(java.util.Set.of("b64")).build(), new Payload(DOCUMENT));
        b64.sign(new ECDSASigner((ECPrivateKey) ec256.getPrivate()));
        assertEquals(SignatureProblem.MALFORMED, refused(b64.serialize(true), DOCUMENT, key));
    }

    @Test
    void noKeyRegistered() throws Exception {
        String jws = detached(JWSAlgorithm.ES256, ec256, DOCUMENT);
        assertEquals(SignatureProblem.NO_KEY_REGISTERED, refused(jws, DOCUMENT, Optional.empty()));
        assertEquals(SignatureProblem.NO_KEY_REGISTERED, refused(jws, DOCUMENT, Optional.of("not a key")));
        assertEquals(SignatureProblem.NO_KEY_REGISTERED, refused(jws, DOCUMENT, Optional.of(pem(ed25519.getPublic()))),
                "an Ed25519 key is not one reports are signed with");
    }

    @Test
    void wrongAlgorithmForTheKey() throws Exception {
        assertEquals(SignatureProblem.WRONG_ALGORITHM,
                refused(detached(JWSAlgorithm.ES256, ec256, DOCUMENT), DOCUMENT, Optional.of(pem(rsa.getPublic()))));
        assertEquals(SignatureProblem.WRONG_ALGORITHM,
                refused(detached(JWSAlgorithm.ES384, ec384, DOCUMENT), DOCUMENT, Optional.of(pem(ec256.getPublic()))));
        SignatureRejected e = assertThrows(SignatureRejected.class, () -> ReportSignatures.verify(
                detached(JWSAlgorithm.RS256, rsa, DOCUMENT), DOCUMENT, Optional.of(pem(ec256.getPublic()))));
        assertEquals("WRONG_ALGORITHM: the registered key signs with ES256, the JWS says RS256", e.getMessage());
    }

    @Test
    void anotherKeysSignatureDoesNotVerify() throws Exception {
        assertEquals(SignatureProblem.DOES_NOT_VERIFY,
                refused(detached(JWSAlgorithm.ES256, otherEc256, DOCUMENT), DOCUMENT, Optional.of(pem(ec256.getPublic()))));
    }

    @Test
    void aTamperedFieldDoesNotVerify() throws Exception {
        String jws = detached(JWSAlgorithm.ES256, ec256, DOCUMENT);
        byte[] tampered = ReportSamples.CANONICAL.replace("\"urgent\":false", "\"urgent\":true").getBytes(StandardCharsets.UTF_8);
        assertEquals(SignatureProblem.DOES_NOT_VERIFY, refused(jws, tampered, Optional.of(pem(ec256.getPublic()))));
        String[] parts = jws.split("\\.");
        String flipped = parts[0] + ".." + (parts[2].charAt(0) == 'A' ? 'B' : 'A') + parts[2].substring(1);
        assertEquals(SignatureProblem.DOES_NOT_VERIFY, refused(flipped, DOCUMENT, Optional.of(pem(ec256.getPublic()))));
    }

    @Test
    void aHostileAlgorithmNameIsNotQuoted() {
        assertEquals("ES512", ReportSignatures.printable(JWSAlgorithm.ES512));
        assertEquals("an algorithm of another name", ReportSignatures.printable(new JWSAlgorithm("x\u0000".repeat(20))));
        assertEquals("an algorithm of another name", ReportSignatures.printable(null));
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"alg\":\"" + "A".repeat(300) + "\"}").getBytes(StandardCharsets.UTF_8));
        SignatureRejected e = assertThrows(SignatureRejected.class,
                () -> ReportSignatures.verify(header + "..AAAA", DOCUMENT, Optional.of(pem(ec256.getPublic()))));
        assertEquals("WRONG_ALGORITHM: the registered key signs with ES256, the JWS says an algorithm of another name", e.getMessage());
    }

    @Test
    void algorithmsByKeyType() {
        assertEquals(Optional.of(JWSAlgorithm.ES256), ReportSignatures.algorithmFor(ec256.getPublic()));
        assertEquals(Optional.of(JWSAlgorithm.ES384), ReportSignatures.algorithmFor(ec384.getPublic()));
        assertEquals(Optional.of(JWSAlgorithm.RS256), ReportSignatures.algorithmFor(rsa.getPublic()));
        assertEquals(Optional.empty(), ReportSignatures.algorithmFor(ed25519.getPublic()));
    }
}
