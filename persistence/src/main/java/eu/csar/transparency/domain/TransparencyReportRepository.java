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
     * Stores the figures of one year from the counters as the draft {@code report}'s figure rows, in
     * one statement inside the database: for the whole Union (both filters null), one Member State's
     * (its orders, forwarded reports, victims) or one provider's.
     */
    public void storeAggregate(TransparencyReportId report, int year, Collection<Figure> figures, String memberState, UUID providerId) {
        em.flush();
        em.createNativeQuery("delete from transparency_report_figures where report_id = :report").setParameter("report", report.value())
                .executeUpdate();
        if (figures.isEmpty()) {
            return;
        }
        var q = em.createNativeQuery(storeSql(memberState != null, providerId != null)).setParameter("report", report.value())
                .setParameter("year", (short) year).setParameter("figures", figures.stream().map(Enum::name).toList());
        if (memberState != null) {
            q.setParameter("memberState", memberState);
        }
        if (providerId != null) {
            q.setParameter("provider", providerId);
        }
        q.executeUpdate();
    }

    /**
     * The statement that builds a report's figures: the counters of one year (:year), the listed
     * figures (:figures), optionally one Member State (:memberState) and one provider (:provider),
     * summed over the slots (and, for the removal-time histogram, over Member States: it is read per
     * provider), numbered, inserted as the figures of :report. Public for bin/bench-transparency, which
     * times this very statement over generated data.
     */
    public static String storeSql(boolean byMemberState, boolean byProvider) {
        return "insert into transparency_report_figures (report_id, position, figure, member_state, provider_id, category, detail, value)"
                + " select :report, row_number() over (order by figure, ms, provider_id, category, detail), figure, ms,"
                + " nullif(provider_id, '" + NO_PROVIDER + "'), category, detail, n from ("
                + "select figure, case when figure = 'REMOVAL_TIME' then '' else member_state end as ms, provider_id, category, detail,"
                + " sum(count) as n from transparency_counts where year = :year and figure in (:figures)"
                + (byMemberState ? " and member_state = :memberState" : "") + (byProvider ? " and provider_id = :provider" : "")
                + " group by 1, 2, 3, 4, 5 having sum(count) <> 0) a";
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

    public List<FigureRow> figures(TransparencyReportId id) {
        List<FigureRow> rows = new ArrayList<>();
        for (Object o : em.createNativeQuery("select figure, member_state, provider_id, category, detail, value"
                + " from transparency_report_figures where report_id = :report order by position").setParameter("report", id.value())
                .getResultList()) {
            Object[] r = (Object[]) o;
            rows.add(new FigureRow(Figure.valueOf((String) r[0]), (String) r[1], (UUID) r[2], (String) r[3], (String) r[4],
                    ((Number) r[5]).longValue()));
        }
        return rows;
    }
}
