package eu.csar.legal.domain;

import eu.csar.legal.api.ProfileRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

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
