package eu.csar.legal.domain;

import eu.csar.legal.api.ProfileRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores profile versions (only adds: a version is never changed) and finds them. */
@ApplicationScoped
public class LegalProfileRepository {

    @PersistenceContext(unitName = "csar")
    private EntityManager em;

    public void add(LegalProfileVersion version) {
        em.persist(version);
        em.flush();
    }

    public Optional<LegalProfileVersion> find(ProfileRef ref) {
        return em.createQuery("select v from LegalProfileVersion v where v.profileId = :p and v.version = :v", LegalProfileVersion.class)
                .setParameter("p", ref.profileId()).setParameter("v", ref.version())
                .getResultList().stream().findFirst();
    }

    /** The stored row of version {@code ref}, if there is one: a small indexed read, no values loaded. */
    public Optional<UUID> idOf(ProfileRef ref) {
        return em.createQuery("select v.id from LegalProfileVersion v where v.profileId = :p and v.version = :v", UUID.class)
                .setParameter("p", ref.profileId()).setParameter("v", ref.version())
                .getResultList().stream().findFirst();
    }

    /** A version as a reference with the id of the row that stores it. */
    public record StoredRef(UUID id, ProfileRef ref) {
    }

    /**
     * The newest version of a profile as a reference with its row's id, in one indexed read without its
     * values: what a case pins, and the row its values are read from (the newest version and then
     * {@link #idOf} would be two reads).
     */
    public Optional<StoredRef> latestStored(String profileId) {
        return em.createQuery("select v.id, v.version from LegalProfileVersion v where v.profileId = :p order by v.version desc",
                        Object[].class)
                .setParameter("p", profileId).setMaxResults(1).getResultList().stream().findFirst()
                .map(row -> new StoredRef((UUID) row[0], new ProfileRef(profileId, ((Number) row[1]).intValue())));
    }

    /** The version stored as row {@code id}, with its values. */
    public Optional<LegalProfileVersion> byId(UUID id) {
        return Optional.ofNullable(em.find(LegalProfileVersion.class, id));
    }

    /** The newest version of a profile: the one a case opened now records. */
    public Optional<LegalProfileVersion> latest(String profileId) {
        return em.createQuery("select v from LegalProfileVersion v where v.profileId = :p order by v.version desc", LegalProfileVersion.class)
                .setParameter("p", profileId).setMaxResults(1)
                .getResultList().stream().findFirst();
    }

    /** Every version of every profile, by profile and version. */
    public List<LegalProfileVersion> all() {
        return em.createQuery("select v from LegalProfileVersion v order by v.profileId, v.version", LegalProfileVersion.class)
                .getResultList();
    }
}
