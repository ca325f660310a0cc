package eu.csar.reports.application;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import java.util.Set;

/**
 * Verifies ES256 (ECDSA on P-256 with SHA-256, RFC 7518 §3.4) with Bouncy Castle's P-256 arithmetic
 * instead of the JDK 17 provider's, which spent about 1 ms of CPU per report signature and was the
 * largest share of the intake's CPU (docs/reports.md, "Load"). One instance per registered key:
 * the key's point is checked to lie on the curve once, and the window table Bouncy Castle builds for
 * it on the first verification is kept on the point and reused by every later one. Thread-safe.
 *
 * <p>It refuses what nimbus's {@code ECDSAVerifier} refuses: a header with critical parameters, a
 * signature that is not the 64 bytes of R and S, R or S outside [1, n-1].
 */
final class Es256Verifier implements JWSVerifier {

    private static final X9ECParameters P256 = CustomNamedCurves.getByName("secp256r1");
    private static final ECDomainParameters DOMAIN = new ECDomainParameters(P256.getCurve(), P256.getG(), P256.getN(), P256.getH());
    private static final int HALF = 32;

    private final ECPublicKeyParameters key;
    private final JCAContext context = new JCAContext();

    /** @throws IllegalArgumentException if {@code publicKey}'s point is not on P-256 */
    Es256Verifier(ECPublicKey publicKey) {
        this.key = new ECPublicKeyParameters(P256.getCurve().validatePoint(publicKey.getW().getAffineX(), publicKey.getW().getAffineY()),
                DOMAIN);
    }

    @Override
    public boolean verify(JWSHeader header, byte[] signingInput, Base64URL signature) throws JOSEException {
        if (!JWSAlgorithm.ES256.equals(header.getAlgorithm()) || header.getCriticalParams() != null) {
            return false;
        }
        byte[] rs = signature.decode();
        if (rs.length != 2 * HALF) {
            return false;
        }
        // ECDSASigner refuses R or S outside [1, n-1] itself (r = s = 0: CVE-2022-21449).
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(rs, 0, HALF));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(rs, HALF, 2 * HALF));
        ECDSASigner ecdsa = new ECDSASigner();
        ecdsa.init(false, key);
        return ecdsa.verifySignature(sha256(signingInput), r, s);
    }

    private static byte[] sha256(byte[] input) throws JOSEException {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new JOSEException("SHA-256 is not available", e);
        }
    }

    @Override
    public Set<JWSAlgorithm> supportedJWSAlgorithms() {
        return Set.of(JWSAlgorithm.ES256);
    }

    @Override
    public JCAContext getJCAContext() {
        return context;
    }
}
