import eu.csar.transparency.api.Figure;
import eu.csar.transparency.api.FigureRow;
import eu.csar.transparency.api.PublicationState;
import eu.csar.transparency.api.ReportKind;
import eu.csar.transparency.application.TransparencyDocuments;
import eu.csar.transparency.application.TransparencyView;
import eu.csar.transparency.domain.Suppression;
import eu.csar.transparency.domain.TransparencyReportRepository;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * bin/bench-transparency's timing: builds the EU Centre's yearly report for 2026 the way
 * TransparencyReports.generate does, over the counters the backfill made of the generated data: the
 * DRAFT row, its figure rows made by the repository's own statement (TransparencyReportRepository.storeSql)
 * and read back, the removal-time statistics, the CSV and the PDF, in one transaction. Repeats RUNS
 * times (each draft deleted after) and prints each run and the slowest.
 */
public class TransparencyBenchmark {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int runs = Integer.parseInt(args[3]);
        long slowest = 0;
        try (Connection c = DriverManager.getConnection(url, args[1], args[2])) {
            c.setAutoCommit(false);
            for (int run = 1; run <= runs; run++) {
                long start = System.nanoTime();
                UUID id = UUID.randomUUID();
                try (PreparedStatement ins = c.prepareStatement("insert into transparency_reports (id, kind, scope, year, version, state, profile_id,"
                        + " profile_version, suppression_threshold, due_on, generated_by, generated_at) values (?, 'CENTRE', 'EU', 2026, 1, 'DRAFT',"
                        + " 'COM-2022-209', 1, 10, date '2027-06-30', 'bench', now())")) {
                    ins.setObject(1, id);
                    ins.executeUpdate();
                }
                // the repository's statement, its named parameters bound in order (:report, :year, :figures)
                String sql = TransparencyReportRepository.storeSql(false, false).replace("in (:figures)", "= any(:figures)")
                        .replaceAll(":[a-zA-Z]+", "?");
                try (PreparedStatement q = c.prepareStatement(sql)) {
                    q.setObject(1, id);
                    q.setShort(2, (short) 2026);
                    q.setArray(3, c.createArrayOf("varchar", Arrays.stream(Figure.values()).map(Enum::name).toArray()));
                    q.executeUpdate();
                }
                long aggregated = System.nanoTime();
                List<FigureRow> rows = new ArrayList<>();
                try (PreparedStatement q = c.prepareStatement("select figure, member_state, provider_id, category, detail, value"
                        + " from transparency_report_figures where report_id = ? order by position")) {
                    q.setObject(1, id);
                    try (ResultSet r = q.executeQuery()) {
                        while (r.next()) {
                            rows.add(new FigureRow(Figure.valueOf(r.getString(1)), r.getString(2), (UUID) r.getObject(3), r.getString(4),
                                    r.getString(5), r.getLong(6)));
                        }
                    }
                }
                TransparencyView view = new TransparencyView(id, ReportKind.CENTRE, "EU", 2026, 1, PublicationState.DRAFT, "COM-2022-209", 1,
                        new Suppression(10), LocalDate.of(2027, 6, 30), null, Instant.now(), null, rows, TransparencyView.removalTimes(rows),
                        List.of());
                int csv = TransparencyDocuments.csv(view).length();
                int pdf = TransparencyDocuments.pdf(view).length;
                c.commit();
                long end = System.nanoTime();
                long ms = (end - start) / 1_000_000;
                slowest = Math.max(slowest, ms);
                long received = rows.stream().filter(f -> f.figure() == Figure.REPORTS_RECEIVED).mapToLong(FigureRow::value).sum();
                System.out.printf("run %d: %d ms (aggregate and store %d ms, %d figure rows, %d reports received, %d providers' removal times,"
                                + " CSV %d chars, PDF %d bytes)%n", run, ms, (aggregated - start) / 1_000_000, rows.size(), received,
                        view.removalTimes().size(), csv, pdf);
                try (PreparedStatement del = c.prepareStatement("delete from transparency_report_figures where report_id = ?")) {
                    del.setObject(1, id);
                    del.executeUpdate();
                }
                try (PreparedStatement del = c.prepareStatement("delete from transparency_reports where id = ?")) {
                    del.setObject(1, id);
                    del.executeUpdate();
                }
                c.commit();
            }
        }
        System.out.printf("slowest build: %d ms%n", slowest);
    }
}
