package eu.csar.transparency.domain;

import eu.csar.transparency.api.Figure;
import eu.csar.transparency.api.FigureRow;
import eu.csar.transparency.api.ReportKind;
import eu.csar.transparency.api.TransparencyReportId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Transparency report versions and their figures, and the one read of the aggregate counters
 * (transparency_counts, V47): a grouped sum over a few hundred counter rows of one year, never the
 * raw reports or orders.
 */
@ApplicationScoped
public class TransparencyReportRepository {

    /** The all-zero id the counters use for "no provider". */
    static final UUID NO_PROVIDER = new UUID(0, 0);

    @PersistenceContext(unitName = "csar")
    EntityManager em;

    /**
     * The figures of one year from the counters: for the whole Union (both filters null), one Member
     * State's (its orders, forwarded reports, victims) or one provider's.
     */
    public List<FigureRow> aggregate(int year, Collection<Figure> figures, String memberState, UUID providerId) {
        if (figures.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("select figure, member_state, provider_id, category, detail, sum(count)"
                + " from transparency_counts where year = ?1 and figure in (?2)");
        if (memberState != null) {
            sql.append(" and member_state = ?3");
        }
        if (providerId != null) {
            sql.append(" and provider_id = ?4");
        }
        sql.append(" group by figure, member_state, provider_id, category, detail"
                + " having sum(count) <> 0 order by figure, member_state, provider_id, category, detail");
        var q = em.createNativeQuery(sql.toString()).setParameter(1, (short) year)
                .setParameter(2, figures.stream().map(Enum::name).toList());
        if (memberState != null) {
            q.setParameter(3, memberState);
        }
        if (providerId != null) {
            q.setParameter(4, providerId);
        }
        List<FigureRow> rows = new ArrayList<>();
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            UUID provider = (UUID) r[2];
            rows.add(new FigureRow(Figure.valueOf((String) r[0]), (String) r[1], NO_PROVIDER.equals(provider) ? null : provider,
                    (String) r[3], (String) r[4], ((Number) r[5]).longValue()));
        }
        return rows;
    }

    public void add(TransparencyReport report) {
        em.persist(report);
    }

    public void flush() {
        em.flush();
    }

    public Optional<TransparencyReport> find(TransparencyReportId id) {
        return Optional.ofNullable(em.find(TransparencyReport.class, id.value()));
    }

    /** Every version of one report, oldest first. */
    public List<TransparencyReport> versions(ReportKind kind, String scope, int year) {
        return em.createQuery("select r from TransparencyReport r where r.kind = :kind and r.scope = :scope and r.year = :year"
                        + " order by r.version", TransparencyReport.class)
                .setParameter("kind", kind).setParameter("scope", scope).setParameter("year", (short) year).getResultList();
    }

    /** Replaces a draft's figures (V47 refuses this for a published version). */
    public void storeFigures(TransparencyReportId id, List<FigureRow> rows) {
        em.flush();
        em.createNativeQuery("delete from transparency_report_figures where report_id = ?1").setParameter(1, id.value()).executeUpdate();
        int position = 0;
        for (FigureRow r : rows) {
            em.createNativeQuery("insert into transparency_report_figures (report_id, position, figure, member_state, provider_id,"
                            + " category, detail, value) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                    .setParameter(1, id.value()).setParameter(2, ++position).setParameter(3, r.figure().name())
                    .setParameter(4, r.memberState()).setParameter(5, r.providerId()).setParameter(6, r.category())
                    .setParameter(7, r.detail()).setParameter(8, r.value()).executeUpdate();
        }
    }

    public List<FigureRow> figures(TransparencyReportId id) {
        List<FigureRow> rows = new ArrayList<>();
        for (Object o : em.createNativeQuery("select figure, member_state, provider_id, category, detail, value"
                + " from transparency_report_figures where report_id = ?1 order by position").setParameter(1, id.value()).getResultList()) {
            Object[] r = (Object[]) o;
            rows.add(new FigureRow(Figure.valueOf((String) r[0]), (String) r[1], (UUID) r[2], (String) r[3], (String) r[4],
                    ((Number) r[5]).longValue()));
        }
        return rows;
    }
}
