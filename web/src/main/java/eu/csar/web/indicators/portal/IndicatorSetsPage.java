package eu.csar.web.indicators.portal;

import eu.csar.indicators.api.IndicatorState;
import eu.csar.indicators.application.IndicatorActivity;
import eu.csar.indicators.application.IndicatorActivitySeries;
import eu.csar.indicators.application.IndicatorCatalog;
import eu.csar.indicators.application.SetOverview;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The indicator sets overview ({@code /portal/indicators/sets.xhtml}, Art 44): each top-level set
 * followed by its sub-sets by source, with the indicators counted by state, and a chart of the
 * additions and matches of the last {@value #DAYS} days (with the same figures as a table for those
 * who cannot see the chart).
 */
@Named
@ViewScoped
public class IndicatorSetsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int DAYS = 30;

    @Inject
    IndicatorCatalog catalog;

    @Inject
    IndicatorActivity activity;

    @Inject
    FeedbackBean feedback;

    private List<SetOverview> sets = List.of();
    private IndicatorActivitySeries series;
    private String chart;

    /** f:viewAction */
    public void load() {
        try {
            sets = ordered(catalog.sets());
            series = activity.lastDays(DAYS);
            chart = ActivityChart.json(series, feedback.text("ind.screens.sets.chart.additions"),
                    feedback.text("ind.screens.sets.chart.matches"));
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    /** Top-level sets by code, each followed by its sub-sets by code. */
    static List<SetOverview> ordered(List<SetOverview> sets) {
        Comparator<SetOverview> byCode = Comparator.comparing(SetOverview::code);
        List<SetOverview> ordered = new ArrayList<>();
        sets.stream().filter(s -> s.parent() == null).sorted(byCode).forEach(top -> {
            ordered.add(top);
            sets.stream().filter(s -> Objects.equals(s.parent(), top.id())).sorted(byCode).forEach(ordered::add);
        });
        // a sub-set whose parent is not in the list (should not happen) is still shown
        sets.stream().filter(s -> !ordered.contains(s)).sorted(byCode).forEach(ordered::add);
        return ordered;
    }

    public long count(SetOverview set, String state) {
        return set.counts().getOrDefault(IndicatorState.valueOf(state), 0L);
    }

    public List<IndicatorState> getStates() {
        return List.of(IndicatorState.values());
    }

    public List<SetOverview> getSets() {
        return sets;
    }

    public IndicatorActivitySeries getSeries() {
        return series;
    }

    public String getChart() {
        return chart;
    }

    public int getDays() {
        return DAYS;
    }
}
