package eu.csar.vault.application;

import eu.csar.platform.api.StartupLoads;
import eu.csar.vault.domain.MasterKeyCheck;
import eu.csar.vault.domain.MasterKeyRing;
import eu.csar.vault.domain.VaultRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up, checks this node's credential store against the master key versions the vault
 * recorded ({@link MasterKeyCheck}): the node becomes ready only when every key still in use is there
 * with its recorded check value. Otherwise {@code /health/ready} stays DOWN naming {@value #LOAD} as
 * failed, and the log says which alias is wrong or missing, with check values and counts only.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class VaultKeyCheck {

    static final String LOAD = "vault master keys";
    private static final Logger LOG = Logger.getLogger(VaultKeyCheck.class.getName());

    @Inject
    VaultRepository vault;

    @Inject
    MasterKeyRing masterKeys;

    @Inject
    StartupLoads loads;

    @PostConstruct
    void check() {
        StartupLoads.Load load = loads.begin(LOAD);
        List<MasterKeyCheck.Finding> findings;
        try {
            findings = MasterKeyCheck.check(vault.masterKeys(), masterKeys, vault::countUnder);
        } catch (IllegalStateException e) {
            // the credential store itself is missing or unreadable: ElytronMasterKeys says which
            LOG.severe(() -> "The vault's master keys cannot be checked: " + e.getMessage() + "; this node stays not-ready");
            load.failed();
            return;
        }
        boolean problem = false;
        for (MasterKeyCheck.Finding finding : findings) {
            problem |= finding.verdict().isProblem();
            LOG.log(finding.verdict().isProblem() ? Level.SEVERE : Level.INFO, finding::describe);
        }
        if (problem) {
            LOG.severe("The vault's credential store does not hold the recorded master keys; this node stays not-ready");
            load.failed();
        } else {
            load.done();
        }
    }
}
