package eu.csar.shared.domain;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks {@link PublicKeyPem} with the JDK's own key factories (no network, no extra provider). */
public class PublicKeyPemValidator implements ConstraintValidator<PublicKeyPem, CharSequence> {

    private static final Pattern PEM = Pattern.compile(
            "\\s*-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\\s]+)-----END PUBLIC KEY-----\\s*");
    private static final int MIN_RSA_BITS = 2048;
    private static final List<String> CURVES = List.of("secp256r1", "secp384r1");
    private static final List<String> KEY_TYPES = List.of("RSA", "EC", "Ed25519");

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || isAcceptedKey(value.toString());
    }

    public static boolean isAcceptedKey(String pem) {
        return acceptedKey(pem).isPresent();
    }

    /** The key in {@code pem} if it is one PEM public key block of a type and size the platform accepts. */
    public static Optional<PublicKey> acceptedKey(String pem) {
        return pem == null ? Optional.empty() : parse(pem).filter(PublicKeyPemValidator::isAccepted);
    }

    /** The key in {@code pem} if it is one PEM public key block of a type the JDK knows. */
    static Optional<PublicKey> parse(String pem) {
        Matcher block = PEM.matcher(pem);
        if (!block.matches()) {
            return Optional.empty();
        }
        byte[] der;
        try {
            der = Base64.getDecoder().decode(block.group(1).replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        for (String type : KEY_TYPES) {
            try {
                return Optional.of(KeyFactory.getInstance(type).generatePublic(new X509EncodedKeySpec(der)));
            } catch (GeneralSecurityException | RuntimeException e) {
                // not a key of this type: try the next one
            }
        }
        return Optional.empty();
    }

    private static boolean isAccepted(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return rsa.getModulus().bitLength() >= MIN_RSA_BITS;
        }
        if (key instanceof ECPublicKey ec) {
            return CURVES.stream().anyMatch(curve -> isOnCurve(ec.getParams(), curve));
        }
        return key instanceof EdECPublicKey ed && NamedParameterSpec.ED25519.getName().equals(ed.getParams().getName());
    }

    private static boolean isOnCurve(ECParameterSpec params, String curve) {
        try {
            AlgorithmParameters named = AlgorithmParameters.getInstance("EC");
            named.init(new ECGenParameterSpec(curve));
            ECParameterSpec spec = named.getParameterSpec(ECParameterSpec.class);
            return spec.getCurve().equals(params.getCurve()) && spec.getOrder().equals(params.getOrder())
                    && spec.getGenerator().equals(params.getGenerator());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
