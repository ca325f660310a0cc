package eu.csar.web.indicators.portal;

import eu.csar.indicators.api.IndicatorKind;
import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.indicators.api.IndicatorState;
import eu.csar.indicators.api.ProvenanceSource;
import eu.csar.indicators.application.IndicatorActivitySeries;
import eu.csar.indicators.application.SetOverview;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The indicator screens' own logic: permalinks, the order of the sets, the chart's data, the texts in both languages. */
class IndicatorScreensTest {

    static final UUID ID = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");

    @Test
    void aPermalinkForwardsToTheDetailPageAndAnythingElsePassesThrough() {
        assertEquals(Optional.of("/portal/indicators/indicator.xhtml?id=" + ID), IndicatorPermalinkFilter.page("/portal/indicators/" + ID));
        assertEquals(Optional.empty(), IndicatorPermalinkFilter.page("/portal/indicators/sets.xhtml"));
        assertEquals(Optional.empty(), IndicatorPermalinkFilter.page("/portal/indicators/"));
        assertEquals(Optional.empty(), IndicatorPermalinkFilter.page("/portal/indicators/" + ID + "/edit"));
        assertEquals(Optional.empty(), IndicatorPermalinkFilter.page("/portal/providers/" + ID));
        assertEquals(Optional.empty(), IndicatorPermalinkFilter.page("/portal/indicators/0f8fad5b-d9cb-469f-a165-7086772895"));
        assertEquals(Optional.empty(), IndicatorPermalinkFilter.page(null));
        assertEquals("/portal/indicators/" + ID, IndicatorPermalinkFilter.detail(ID));
    }

    static SetOverview set(String code, IndicatorSetId id, IndicatorSetId parent) {
        Map<IndicatorState, Long> counts = new EnumMap<>(IndicatorState.class);
        counts.put(IndicatorState.ACTIVE, 3L);
        return new SetOverview(id, code, parent, Set.of(IndicatorKind.PDQ), parent == null ? null : ProvenanceSource.AUTHORITY_DECISION, counts);
    }

    @Test
    void eachTopLevelSetIsFollowedByItsSubSets() {
        IndicatorSetId images = new IndicatorSetId(UUID.randomUUID());
        IndicatorSetId urls = new IndicatorSetId(UUID.randomUUID());
        SetOverview imagesTop = set("known-images", images, null);
        SetOverview urlsTop = set("url-list", urls, null);
        SetOverview urlsNl = set("url-list.nl", new IndicatorSetId(UUID.randomUUID()), urls);
        SetOverview imagesB = set("known-images.b", new IndicatorSetId(UUID.randomUUID()), images);
        SetOverview imagesA = set("known-images.a", new IndicatorSetId(UUID.randomUUID()), images);
        SetOverview orphan = set("orphan", new IndicatorSetId(UUID.randomUUID()), new IndicatorSetId(UUID.randomUUID()));
        List<SetOverview> shuffled = new java.util.ArrayList<>(List.of(urlsNl, orphan, imagesB, urlsTop, imagesA, imagesTop));
        Collections.reverse(shuffled);
        assertEquals(List.of(imagesTop, imagesA, imagesB, urlsTop, urlsNl, orphan), IndicatorSetsPage.ordered(shuffled));
    }

    @Test
    void theChartHasOnePointPerDayForAdditionsAndMatchesOnTheirOwnAxes() {
        LocalDate day = LocalDate.of(2026, 12, 2);
        IndicatorActivitySeries series = IndicatorActivitySeries.of(day, 2, Map.of(day, 4L), Map.of(day.minusDays(1), 900L), true);
        JsonObject chart = Json.createReader(new StringReader(ActivityChart.json(series, "Added", "Matches"))).readObject();
        assertEquals("line", chart.getString("type"));
        assertEquals(List.of("2026-12-01", "2026-12-02"), chart.getJsonObject("data").getJsonArray("labels").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        var datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertEquals(2, datasets.size());
        assertEquals("Added", datasets.getJsonObject(0).getString("label"));
        assertEquals("[0,4]", datasets.getJsonObject(0).getJsonArray("data").toString());
        assertEquals("additions", datasets.getJsonObject(0).getString("yAxisID"));
        assertEquals("[900,0]", datasets.getJsonObject(1).getJsonArray("data").toString());
        assertEquals("matches", datasets.getJsonObject(1).getString("yAxisID"));
        assertTrue(chart.getJsonObject("options").getJsonObject("scales").containsKey("matches"));
    }

    @Test
    void withoutMatchCountersTheChartShowsAdditionsOnly() {
        LocalDate day = LocalDate.of(2026, 12, 2);
        IndicatorActivitySeries series = IndicatorActivitySeries.of(day, 1, Map.of(), Map.of(), false);
        JsonObject chart = Json.createReader(new StringReader(ActivityChart.json(series, "Added", "Matches"))).readObject();
        assertEquals(1, chart.getJsonObject("data").getJsonArray("datasets").size());
        assertEquals(Set.of("additions"), chart.getJsonObject("options").getJsonObject("scales").keySet());
    }

    @Test
    void aSearchedHashIsComparedInLowerCaseWithoutBlanks() {
        assertEquals("ab12", IndicatorSearchPage.normalised("  AB12 \n"));
        assertEquals(null, IndicatorSearchPage.normalised(null));
    }

    @Test
    void theScreensTextsExistInEnglishAndDutchAndTheDutchAreTranslated() {
        ResourceBundle en = ResourceBundle.getBundle("eu.csar.web.messages", Locale.ENGLISH);
        ResourceBundle nl = ResourceBundle.getBundle("eu.csar.web.messages", Locale.forLanguageTag("nl"));
        Set<String> keys = en.keySet().stream().filter(k -> k.startsWith("ind.screens.")).collect(Collectors.toSet());
        assertTrue(keys.size() > 100, "the block is there: " + keys.size());
        for (IndicatorState state : IndicatorState.values()) {
            assertTrue(keys.contains("ind.screens.state." + state), state.name());
        }
        for (ProvenanceSource source : ProvenanceSource.values()) {
            assertTrue(keys.contains("ind.screens.source." + source), source.name());
        }
        for (IndicatorKind kind : IndicatorKind.values()) {
            assertTrue(keys.contains("ind.screens.kind." + kind), kind.name());
        }
        long same = 0;
        for (String key : keys) {
            assertTrue(nl.containsKey(key), "Dutch for " + key);
            if (nl.getString(key).equals(en.getString(key))) {
                same++;
            }
        }
        // a few are the same in both languages (MD5, URL, Indicator, ...), most are not
        assertTrue(same < 15, same + " Dutch texts equal the English ones");
    }
}
