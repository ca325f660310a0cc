package eu.csar.web.indicators.portal;

import eu.csar.indicators.application.IndicatorActivitySeries;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * The Chart.js configuration that PrimeFaces 15's {@code p:chart} takes as its value (the
 * model-based chart components are gone from PrimeFaces 15): a line chart of the additions and
 * the matches per UTC day, each on its own y-axis (matches outnumber additions by orders of
 * magnitude), with the labels in the user's language.
 */
final class ActivityChart {

    static final String ADDITIONS_COLOUR = "#004494";
    static final String MATCHES_COLOUR = "#b35900";

    private ActivityChart() {
    }

    static String json(IndicatorActivitySeries series, String additionsLabel, String matchesLabel) {
        JsonArrayBuilder days = Json.createArrayBuilder();
        JsonArrayBuilder additions = Json.createArrayBuilder();
        JsonArrayBuilder matches = Json.createArrayBuilder();
        for (IndicatorActivitySeries.Day day : series.days()) {
            days.add(day.day().toString());
            additions.add(day.additions());
            matches.add(day.matches());
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(additionsLabel, additions, ADDITIONS_COLOUR, "additions"));
        if (series.matchesRecorded()) {
            datasets.add(dataset(matchesLabel, matches, MATCHES_COLOUR, "matches"));
        }
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("additions", axis("left", additionsLabel, ADDITIONS_COLOUR, false));
        if (series.matchesRecorded()) {
            scales.add("matches", axis("right", matchesLabel, MATCHES_COLOUR, true));
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", days).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("interaction", Json.createObjectBuilder().add("mode", "index").add("intersect", false))
                        .add("scales", scales))
                .build().toString();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour, String axis) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("borderColor", colour)
                .add("backgroundColor", colour).add("yAxisID", axis).add("tension", 0.2).add("pointRadius", 2);
    }

    private static JsonObjectBuilder axis(String position, String title, String colour, boolean secondary) {
        JsonObjectBuilder axis = Json.createObjectBuilder().add("position", position).add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0).add("color", colour))
                .add("title", Json.createObjectBuilder().add("display", true).add("text", title).add("color", colour));
        if (secondary) {
            axis.add("grid", Json.createObjectBuilder().add("drawOnChartArea", false));
        }
        return axis;
    }
}
