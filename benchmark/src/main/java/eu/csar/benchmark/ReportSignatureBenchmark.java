package eu.csar.benchmark;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import eu.csar.reports.application.ReportSignatures;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.text.ParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The check of one report signature (ES256, detached JWS over a synthetic canonical document of about
 * 700 bytes), single thread: the platform's check from the registered PEM ({@code ReportSignatures.verify})
 * against nimbus's {@code ECDSAVerifier} on the JDK 17 provider, which the intake used before.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class ReportSignatureBenchmark {

    byte[] document;
    String jws;
    String pem;
    ECPublicKey publicKey;

    @Setup
    public void setup() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        publicKey = (ECPublicKey) pair.getPublic();
        pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(publicKey.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
        document = ("{\"evidence\":[{\"kind\":\"PDQ\",\"value\":\"" + "ab".repeat(32) + "\"},{\"kind\":\"MD5\",\"value\":\""
                + "cd".repeat(16) + "\"}],\"id\":\"00000000-0000-4000-8000-000000000001\",\"location\":{\"country\":\"NL\"},"
                + "\"other\":\"" + "synthetic ".repeat(40) + "\",\"type\":\"KNOWN\",\"urgent\":false}").getBytes(StandardCharsets.UTF_8);
        JWSObject object = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JOSE).build(), new Payload(document));
        object.sign(new ECDSASigner((ECPrivateKey) pair.getPrivate()));
        jws = object.serialize(true);
    }

    /** What the intake does now: the registered PEM, the detached JWS, the document. */
    @Benchmark
    public JWSAlgorithm platformCheck() {
        return ReportSignatures.verify(jws, document, Optional.of(pem));
    }

    /** nimbus's verifier on the JDK provider, the key already parsed (what the intake spent before, less the parse). */
    @Benchmark
    public boolean jdkProvider() throws ParseException, JOSEException {
        return JWSObject.parse(jws, new Payload(document)).verify(new ECDSAVerifier(publicKey));
    }
}
