package eu.csar.load;

import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.util.BigIntegers;

import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The providers of the reports load test, set up as the EU Centre and a provider would before the
 * first report: each provider is registered in the registry (as the demo admin) with its own EC
 * P-256 signing key, and gets its own machine client in the test Keycloak (client credentials,
 * service account with the realm role {@code provider}, the claim {@code provider_id} naming it:
 * the shape of the realm's demo provider clients), created through Keycloak's admin API (master
 * realm, DEMO credentials admin/demo, as bin/load adds its test clients). Each provider's token is a
 * real client-credentials token (15 minutes: longer than a run). Also the report bodies and their
 * signatures: the canonical document (RFC 8785) of a hashes-only report, written here from the rules
 * of docs/reports.md as a provider would, and the detached JWS (ES256) over it.
 */
final class ReportingProviders {

    static final String LEGAL_BASIS = "Art 12(1) COM(2022) 209";

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String ES256_HEADER = B64URL.encodeToString("{\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8));

    /**
     * One provider: its registry id, its signing key and its client's access token. It signs with Bouncy
     * Castle's P-256 arithmetic (deterministic k, RFC 6979), several times cheaper than the JDK 17
     * provider: a real provider signs on its own machine, so the load generator should take as little
     * of the server's two cores for it as it can.
     */
    record ReportingProvider(String id, PrivateKey key, String token) {

        private static final X9ECParameters P256 = CustomNamedCurves.getByName("secp256r1");
        private static final ECDomainParameters DOMAIN = new ECDomainParameters(P256.getCurve(), P256.getG(), P256.getN(), P256.getH());

        /** The detached compact JWS (RFC 7515 appendix F, ES256) of {@code document}. */
        String sign(String document) {
            try {
                String signingInput = ES256_HEADER + "." + B64URL.encodeToString(document.getBytes(StandardCharsets.UTF_8));
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(signingInput.getBytes(StandardCharsets.US_ASCII));
                ECDSASigner ecdsa = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
                ecdsa.init(true, new ECPrivateKeyParameters(((ECPrivateKey) key).getS(), DOMAIN));
                BigInteger[] rs = ecdsa.generateSignature(digest);
                byte[] jose = new byte[64];
                BigIntegers.asUnsignedByteArray(rs[0], jose, 0, 32);
                BigIntegers.asUnsignedByteArray(rs[1], jose, 32, 32);
                return ES256_HEADER + ".." + B64URL.encodeToString(jose);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Two synthetic hashes of one report (random: no real content behind them), with the report's urgency. */
    record Hashes(String pdq, String md5, boolean urgent) {

        static Hashes random() {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            byte[] pdq = new byte[32];
            byte[] md5 = new byte[16];
            r.nextBytes(pdq);
            r.nextBytes(md5);
            return new Hashes(HexFormat.of().formatHex(pdq), HexFormat.of().formatHex(md5), r.nextInt(20) == 0);
        }

        /** The items as the API takes them. */
        String items() {
            return "[{\"kind\":\"PDQ\",\"value\":\"" + pdq + "\",\"quality\":90},{\"kind\":\"MD5\",\"value\":\"" + md5 + "\"}]";
        }

        /** The items as the canonical document lists them (members sorted, positions from 1). */
        String evidence() {
            return "[{\"kind\":\"PDQ\",\"position\":1,\"quality\":90,\"value\":\"" + pdq + "\"},"
                    + "{\"kind\":\"MD5\",\"position\":2,\"value\":\"" + md5 + "\"}]";
        }
    }

    private ReportingProviders() {
    }

    /** Registers {@code count} providers, each with its own key and machine client, and returns them with their tokens. */
    static List<ReportingProvider> register(int count) {
        String admin = LoadSetup.token("admin");
        String keycloakAdmin = LoadSetup.token("master", "grant_type=password&client_id=admin-cli&username=admin&password=demo", "Keycloak's admin");
        String providerRole = get(keycloakAdmin, "/roles/provider");
        List<ReportingProvider> providers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            KeyPair key = p256();
            String id = LoadSetup.registerProvider(admin, LoadSetup.profile("Reporting " + LoadSetup.RUN_TAG + " " + i,
                    "reports-" + i + "@" + LoadSetup.RUN_TAG + ".example", null, pem(key)));
            String clientId = "load-provider-" + LoadSetup.RUN_TAG + "-" + i;
            String secret = "load-secret-" + LoadSetup.RUN_TAG + "-" + i; // DEMO credential of a throw-away test realm
            String client = keycloak(keycloakAdmin, "POST", "/clients", client(clientId, secret, id)).headers()
                    .firstValue("Location").map(l -> l.substring(l.lastIndexOf('/') + 1))
                    .orElseThrow(() -> new IllegalStateException("Keycloak created no client " + clientId));
            Matcher serviceAccount = ID.matcher(get(keycloakAdmin, "/clients/" + client + "/service-account-user"));
            if (!serviceAccount.find()) {
                throw new IllegalStateException("no service account for " + clientId);
            }
            keycloak(keycloakAdmin, "POST", "/users/" + serviceAccount.group(1) + "/role-mappings/realm", "[" + providerRole + "]");
            String token = LoadSetup.token("eucentre", "grant_type=client_credentials&client_id=" + clientId
                    + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8), clientId);
            providers.add(new ReportingProvider(id, key.getPrivate(), token));
        }
        return providers;
    }

    /** The body of a one-call submission ({@code POST /api/v1/reports/complete}), signed by {@code provider}. */
    static String completeBody(ReportingProvider provider, String reportId, Hashes hashes) {
        String timestamp = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String document = "{\"csarReport\":1,\"evidence\":" + hashes.evidence() + ",\"id\":\"" + reportId + "\","
                + "\"legalBasis\":\"" + LEGAL_BASIS + "\",\"provider\":\"" + provider.id() + "\","
                + "\"removedOrDisabled\":false,\"reportedToThirdCountry\":false,\"timestamp\":\"" + timestamp + "\","
                + "\"type\":\"KNOWN\",\"urgent\":" + hashes.urgent() + ",\"userIdentifiers\":[]}";
        return "{\"id\":\"" + reportId + "\"," + content(timestamp, hashes.urgent()) + ",\"items\":" + hashes.items()
                + ",\"signature\":\"" + provider.sign(document) + "\"}";
    }

    /** The body that opens a report ({@code POST /api/v1/reports}). */
    static String openBody(boolean urgent) {
        return "{" + content(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), urgent) + "}";
    }

    private static String content(String timestamp, boolean urgent) {
        return "\"type\":\"KNOWN\",\"timestamp\":\"" + timestamp + "\",\"reportedToThirdCountry\":false,\"removedOrDisabled\":false,"
                + "\"urgent\":" + urgent + ",\"legalBasis\":\"" + LEGAL_BASIS + "\"";
    }

    private static String client(String clientId, String secret, String providerId) {
        return "{\"clientId\":\"" + clientId + "\",\"name\":\"Load-test provider " + providerId + "\",\"enabled\":true,"
                + "\"protocol\":\"openid-connect\",\"publicClient\":false,\"clientAuthenticatorType\":\"client-secret\","
                + "\"secret\":\"" + secret + "\",\"standardFlowEnabled\":false,\"directAccessGrantsEnabled\":false,"
                + "\"serviceAccountsEnabled\":true,\"implicitFlowEnabled\":false,\"fullScopeAllowed\":true,\"protocolMappers\":["
                + "{\"name\":\"provider_id\",\"protocol\":\"openid-connect\",\"protocolMapper\":\"oidc-hardcoded-claim-mapper\","
                + "\"config\":{\"claim.name\":\"provider_id\",\"claim.value\":\"" + providerId + "\",\"jsonType.label\":\"String\","
                + "\"access.token.claim\":\"true\",\"id.token.claim\":\"true\",\"userinfo.token.claim\":\"true\",\"introspection.token.claim\":\"true\"}},"
                + "{\"name\":\"audience csar-portal\",\"protocol\":\"openid-connect\",\"protocolMapper\":\"oidc-audience-mapper\","
                + "\"config\":{\"included.client.audience\":\"csar-portal\",\"id.token.claim\":\"false\",\"access.token.claim\":\"true\","
                + "\"introspection.token.claim\":\"true\"}}]}";
    }

    private static String get(String token, String path) {
        return keycloak(token, "GET", path, null).body();
    }

    /** A call of Keycloak's admin API on the realm eucentre; anything but 2xx fails the set-up. */
    private static HttpResponse<String> keycloak(String token, String method, String path, String body) {
        HttpResponse<String> r = LoadSetup.send(HttpRequest.newBuilder(URI.create(LoadSetup.KEYCLOAK_URL + "/admin/realms/eucentre" + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException("Keycloak refused " + method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r;
    }

    private static KeyPair p256() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(KeyPair key) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(key.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }
}
