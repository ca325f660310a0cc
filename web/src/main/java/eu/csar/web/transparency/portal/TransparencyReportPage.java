package eu.csar.web.transparency.portal;

import eu.csar.legal.application.PlatformClock;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.UnknownObjectException;
import eu.csar.transparency.api.Figure;
import eu.csar.transparency.api.FigureRow;
import eu.csar.transparency.api.ReportKind;
import eu.csar.transparency.application.TransparencyReports;
import eu.csar.transparency.application.TransparencyView;
import eu.csar.transparency.domain.RemovalTimeHistogram;
import eu.csar.transparency.domain.Suppression;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A transparency report ({@code /portal/transparency/report.xhtml?kind=&owner=&year=&version=}), Art
 * 83-84: the caller's own report by default (the EU Centre's for centre staff, its Member State's for
 * a Coordinating Authority, its own for a provider's staff) for last year; its version, state,
 * legal-profile version, due date and suppression threshold; two charts drawn as inline SVG on the
 * server (the figures' totals, the removal-time histogram); the figures, the removal times per
 * provider and a correction's changes, small counts shown as "&lt; threshold"; the downloads (JSON,
 * CSV, PDF); and for those who write it, generating the draft and publishing it (a correction with
 * its note). Another tenant's report reads as not found.
 */
@Named
@ViewScoped
public class TransparencyReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TransparencyReports reports;

    @Inject
    Caller caller;

    @Inject
    PlatformClock clock;

    @Inject
    FeedbackBean feedback;

    private String kind;
    private String scope;
    private Integer year;
    private Integer version;
    private String note;
    private ReportKind reportKind;
    private TransparencyView report;
    private List<Integer> versions = List.of();

    /** f:viewAction */
    public void load() {
        report = null;
        reportKind = parseKind(kind);
        if (reportKind == null) {
            reportKind = caller.hasRole(Roles.COORDINATING_AUTHORITY) ? ReportKind.AUTHORITY
                    : caller.hasRole(Roles.PROVIDER) ? ReportKind.PROVIDER : ReportKind.CENTRE;
        }
        kind = reportKind.name().toLowerCase(Locale.ROOT);
        if (year == null) {
            year = clock.now().atZone(ZoneOffset.UTC).getYear() - 1;
        }
        try {
            if (scope == null || scope.isBlank()) {
                scope = reports.ownScope(reportKind).orElse(null);
            }
            if (scope == null) {
                return;
            }
            versions = reports.versions(reportKind, scope, year);
            if (!versions.isEmpty()) {
                report = reports.report(reportKind, scope, year, version);
                scope = report.scope();
            }
        } catch (UnknownObjectException e) {
            versions = List.of();
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    static ReportKind parseKind(String text) {
        try {
            return text == null || text.isBlank() ? null : ReportKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public void generate() {
        act(() -> reports.generate(reportKind, scope, year), "tr.done.generated");
    }

    public void publish() {
        act(() -> reports.publish(reportKind, scope, year, note), "tr.done.published");
    }

    private void act(Supplier<TransparencyView> move, String done) {
        try {
            report = move.get();
            version = null;
            versions = reports.versions(reportKind, scope, year);
            note = null;
            feedback.info(done, report.version());
        } catch (RuntimeException e) {
            FacesContext.getCurrentInstance().validationFailed();
            if (!feedback.showRefusal(e, path -> path != null && path.endsWith("note") ? "publish:note" : null)) {
                throw e;
            }
        }
    }

    /** Whether the caller generates and publishes this kind of report (its scope was checked when it loaded). */
    public boolean isWriter() {
        return scope != null && switch (reportKind) {
            case CENTRE -> caller.hasRole(Roles.CENTRE_ADMIN);
            case AUTHORITY -> caller.hasRole(Roles.COORDINATING_AUTHORITY);
            case PROVIDER -> caller.hasRole(Roles.PROVIDER);
        };
    }

    public boolean isDraft() {
        return report != null && report.state() == eu.csar.transparency.api.PublicationState.DRAFT;
    }

    /** The count as published: the number or "&lt; threshold". */
    public String shown(long value) {
        return report == null ? "" : report.suppression().show(value);
    }

    public String minutes(Long value) {
        return value == null ? "-" : SvgBarChart.bucketLabel(value.intValue(), RemovalTimeHistogram.OPEN_BUCKET,
                RemovalTimeHistogram.BOUNDS_MINUTES.get(RemovalTimeHistogram.BOUNDS_MINUTES.size() - 1));
    }

    public boolean derivable(long removals) {
        return report != null && report.suppression().allowsDerivedFrom(removals);
    }

    /** Chart 1: each figure's total over its rows (suppressed like any count). */
    public String getTotalsChart() {
        if (report == null) {
            return "";
        }
        Map<Figure, Long> totals = new EnumMap<>(Figure.class);
        report.figures().stream().filter(f -> f.figure() != Figure.REMOVAL_TIME)
                .forEach(f -> totals.merge(f.figure(), f.value(), Long::sum));
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        totals.forEach((figure, total) -> bars.add(bar(feedback.text("tr.figure." + figure), total)));
        return SvgBarChart.render("chart-totals", feedback.text("tr.chart.totals"), bars);
    }

    /** Chart 2: the removal-time histogram over every provider in the report. */
    public String getRemovalChart() {
        if (report == null) {
            return "";
        }
        Map<Integer, Long> buckets = new TreeMap<>();
        report.rows(Figure.REMOVAL_TIME).forEach(f -> buckets.merge(Integer.parseInt(f.detail()), f.value(), Long::sum));
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        buckets.forEach((bound, n) -> bars.add(bar(minutes((long) bound), n)));
        return SvgBarChart.render("chart-removal", feedback.text("tr.chart.removal"), bars);
    }

    public boolean isWithRemovals() {
        return report != null && !report.rows(Figure.REMOVAL_TIME).isEmpty();
    }

    private SvgBarChart.Bar bar(String label, long value) {
        Suppression s = report.suppression();
        return new SvgBarChart.Bar(label, s.value(value), s.show(value));
    }

    /** The download link of this version in {@code format} (json, csv, pdf). */
    public String download(String format) {
        if (report == null) {
            return "";
        }
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + TransparencyDownloadServlet.PATH
                + kind + "/" + report.scope() + "/" + report.year() + "/" + report.version() + "." + format;
    }

    public List<FigureRow> getFigures() {
        return report == null ? List.of() : report.figures();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public ReportKind getReportKind() {
        return reportKind;
    }

    public TransparencyView getReport() {
        return report;
    }

    public List<Integer> getVersions() {
        return versions;
    }
}
