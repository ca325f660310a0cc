package eu.csar.it.reports;

import eu.csar.it.support.Tokens.Provider;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.security.KeyPair;
import java.security.PrivateKey;

/**
 * Gives Alpha a fresh EC P-256 signing key in the registry before a test class and removes it after,
 * as the EU Centre's admins would. Declare it after {@code ArquillianExtension}: the key goes through
 * the deployed registry API.
 */
public final class AlphaSigningKey implements BeforeAllCallback, AfterAllCallback {

    private static volatile KeyPair key;

    /** The private half of the key registered for the running test class. */
    static PrivateKey privateKey() {
        return key.getPrivate();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        key = ReportIntakeIT.p256();
        ReportIntakeIT.setSigningKey(Provider.ALPHA.providerId, ReportIntakeIT.pem(key.getPublic()));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        ReportIntakeIT.setSigningKey(Provider.ALPHA.providerId, null);
    }
}
