package eu.csar.reports.application;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64URL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ES256 check agrees with the JDK's ECDSA on valid, tampered and malformed signatures, and refuses
 * what nimbus's verifier refuses.
 */
class Es256VerifierTest {

    static final JWSHeader ES256 = new JWSHeader(JWSAlgorithm.ES256);
    static final BigInteger N = new BigInteger("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);
    static KeyPair pair;
    static Es256Verifier verifier;

    @BeforeAll
    static void key() throws Exception {
        pair = ReportSignaturesTest.ec("secp256r1");
        verifier = new Es256Verifier((ECPublicKey) pair.getPublic());
    }

    /** R || S, 64 bytes, as JWS carries an ECDSA signature (RFC 7518 §3.4). */
    static byte[] sign(KeyPair keys, byte[] input) throws Exception {
        Signature s = Signature.getInstance("SHA256withECDSAinP1363Format");
        s.initSign(keys.getPrivate());
        s.update(input);
        return s.sign();
    }

    static boolean jdk(byte[] input, byte[] rs) throws Exception {
        Signature s = Signature.getInstance("SHA256withECDSAinP1363Format");
        s.initVerify(pair.getPublic());
        s.update(input);
        try {
            return s.verify(rs);
        } catch (java.security.SignatureException e) {
            return false;
        }
    }

    static byte[] rs(BigInteger r, BigInteger s) {
        byte[] out = new byte[64];
        byte[] rb = r.toByteArray();
        byte[] sb = s.toByteArray();
        System.arraycopy(rb, Math.max(0, rb.length - 32), out, 32 - Math.min(32, rb.length), Math.min(32, rb.length));
        System.arraycopy(sb, Math.max(0, sb.length - 32), out, 64 - Math.min(32, sb.length), Math.min(32, sb.length));
        return out;
    }

    @Test
    void agreesWithTheJdkOnValidTamperedAndForeignSignatures() throws Exception {
        KeyPair other = ReportSignaturesTest.ec("secp256r1");
        Random random = new Random(7);
        int valid = 0;
        for (int i = 0; i < 60; i++) {
            byte[] input = new byte[1 + random.nextInt(900)];
            random.nextBytes(input);
            byte[] signature = sign(i % 5 == 4 ? other : pair, input);
            switch (i % 4) {
                case 1 -> input[random.nextInt(input.length)] ^= (byte) (1 << random.nextInt(8));
                case 2 -> signature[random.nextInt(64)] ^= (byte) (1 << random.nextInt(8));
                default -> { }
            }
            boolean expected = jdk(input, signature);
            valid += expected ? 1 : 0;
            assertEquals(expected, verifier.verify(ES256, input, Base64URL.encode(signature)), "case " + i);
        }
        assertTrue(valid >= 20, "the sample holds valid signatures too: " + valid);
    }

    @Test
    void refusesRAndSOutsideOneToNMinusOne() throws Exception {
        byte[] input = "synthetic".getBytes(StandardCharsets.UTF_8);
        byte[] good = sign(pair, input);
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(good, 0, 32));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(good, 32, 64));
        assertTrue(verifier.verify(ES256, input, Base64URL.encode(good)));
        assertFalse(verifier.verify(ES256, input, Base64URL.encode(new byte[64])), "r = s = 0 (CVE-2022-21449)");
        assertFalse(verifier.verify(ES256, input, Base64URL.encode(rs(BigInteger.ZERO, s))));
        assertFalse(verifier.verify(ES256, input, Base64URL.encode(rs(r, BigInteger.ZERO))));
        assertFalse(verifier.verify(ES256, input, Base64URL.encode(rs(r.add(N), s))), "r + n is r modulo n, still refused");
        assertFalse(verifier.verify(ES256, input, Base64URL.encode(rs(r, s.add(N)))));
        assertFalse(verifier.verify(ES256, input, Base64URL.encode(rs(N, s))));
    }

    @Test
    void refusesOtherLengthsAlgorithmsAndCriticalHeaders() throws Exception {
        byte[] input = "synthetic".getBytes(StandardCharsets.UTF_8);
        byte[] good = sign(pair, input);
        assertFalse(verifier.verify(ES256, input, Base64URL.encode(Arrays.copyOf(good, 63))));
        assertFalse(verifier.verify(ES256, input, Base64URL.encode(Arrays.copyOf(good, 65))));
        assertFalse(verifier.verify(new JWSHeader(JWSAlgorithm.ES384), input, Base64URL.encode(good)));
        JWSHeader critical = new JWSHeader.Builder(JWSAlgorithm.ES256).criticalParams(Set.of("exp")).customParam("exp", 1).build();
        assertFalse(verifier.verify(critical, input, Base64URL.encode(good)));
        assertEquals(Set.of(JWSAlgorithm.ES256), verifier.supportedJWSAlgorithms());
    }

    @Test
    void aKeyOffTheCurveIsRefusedWhenPrepared() {
        ECPublicKey real = (ECPublicKey) pair.getPublic();
        ECPublicKey off = new ECPublicKey() {
            @Override
            public java.security.spec.ECPoint getW() {
                return new java.security.spec.ECPoint(real.getW().getAffineX(), real.getW().getAffineY().add(BigInteger.ONE));
            }

            @Override
            public java.security.spec.ECParameterSpec getParams() {
                return real.getParams();
            }

            @Override
            public String getAlgorithm() {
                return "EC";
            }

            @Override
            public String getFormat() {
                return "X.509";
            }

            @Override
            public byte[] getEncoded() {
                return real.getEncoded();
            }
        };
        assertThrows(IllegalArgumentException.class, () -> new Es256Verifier(off));
    }
}
