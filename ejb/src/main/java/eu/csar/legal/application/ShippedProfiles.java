package eu.csar.legal.application;

import eu.csar.audit.application.AuditRecorder;
import eu.csar.legal.domain.LegalAction;
import eu.csar.legal.domain.LegalProfileRepository;
import eu.csar.legal.domain.LegalProfileVersion;
import eu.csar.legal.domain.ProfileDocument;
import eu.csar.legal.domain.ShippedProfileFiles;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * Loads the legal profiles that ship with the platform ({@link ShippedProfileFiles}) at start-up,
 * after the schema migration, where the database lacks them: a shipped file becomes the next
 * version of its profile only when the newest stored version is the one before it, so a restart
 * loads nothing twice and never overrides a version a centre admin imported. Audited as the
 * platform's own import (actor {@code system}), in the start-up transaction.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class ShippedProfiles {

    private static final Logger LOG = Logger.getLogger(ShippedProfiles.class.getName());

    @Inject
    LegalProfileRepository repository;

    @Inject
    AuditRecorder audit;

    @Inject
    Clock clock;

    @PostConstruct
    void load() {
        for (String name : ShippedProfileFiles.names()) {
            ProfileDocument document = ProfileDocument.parse(ShippedProfileFiles.read(name));
            LegalProfileVersion previous = repository.latest(document.profileId()).orElse(null);
            int stored = previous == null ? 0 : previous.version();
            int shipped = document.version() == null ? 1 : document.version();
            if (shipped == stored + 1) {
                LegalProfileVersion version = LegalProfileVersion.importedFrom(document, previous, audit.actorName(), clock.instant());
                repository.add(version);
                audit.success(LegalAction.LEGAL_PROFILE_IMPORTED, version.ref(), LegalProfiles.PURPOSE);
                LOG.info(() -> "Loaded the shipped legal profile " + name + " as " + version.ref());
            }
        }
    }
}
