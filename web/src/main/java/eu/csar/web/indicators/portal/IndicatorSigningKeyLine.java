package eu.csar.web.indicators.portal;

import eu.csar.indicators.application.IndicatorDistribution;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The public register's line about the indicator signing key: its fingerprint, which providers pin
 * in {@code csar-indicators sync} (docs/indicator-distribution.md). Without a readable key the line
 * is left out rather than failing the register.
 */
@Named("indicatorSigningKey")
@RequestScoped
public class IndicatorSigningKeyLine {

    private static final Logger LOG = Logger.getLogger(IndicatorSigningKeyLine.class.getName());

    @Inject
    IndicatorDistribution distribution;

    private String fingerprint;
    private boolean loaded;

    /** The current key's RFC 7638 thumbprint, or null if the key store cannot be read. */
    public String getFingerprint() {
        if (!loaded) {
            loaded = true;
            try {
                fingerprint = distribution.signingKeyFingerprint();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "indicator signing key unavailable for the public register", e);
            }
        }
        return fingerprint;
    }

    /** Whether the key is the platform-generated demonstration key. */
    public boolean isDemo() {
        return distribution.signingKeyIsDemo();
    }
}
