package eu.csar.web.transparency.rest;

import eu.csar.transparency.api.FigureRow;
import eu.csar.transparency.application.TransparencyView;
import eu.csar.transparency.domain.Suppression;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The machine-readable document of a transparency report: its version, state, legal-profile version,
 * suppression threshold, the figures (a suppressed count has {@code value} null and {@code shown}
 * "&lt; threshold", never the number), removal-time statistics per provider and, for a correction,
 * the differences from the previous version.
 */
public final class TransparencyJson {

    private TransparencyJson() {
    }

    public static JsonObject of(TransparencyView v) {
        Suppression s = v.suppression();
        JsonArrayBuilder figures = Json.createArrayBuilder();
        v.figures().forEach(f -> figures.add(key(f).add("shown", s.show(f.value())).add("value", count(s, f.value()))));
        JsonArrayBuilder removals = Json.createArrayBuilder();
        for (TransparencyView.RemovalStats r : v.removalTimes()) {
            boolean derived = s.allowsDerivedFrom(r.removals());
            JsonObjectBuilder o = Json.createObjectBuilder().add("providerId", r.providerId().toString())
                    .add("removals", s.show(r.removals())).add("overDeadline", s.show(r.overDeadline()));
            if (derived && r.medianMinutes() != null) {
                o.add("medianMinutesAtMost", r.medianMinutes()).add("p90MinutesAtMost", r.p90Minutes());
            } else {
                o.addNull("medianMinutesAtMost").addNull("p90MinutesAtMost");
            }
            removals.add(o);
        }
        JsonArrayBuilder changes = Json.createArrayBuilder();
        v.changes().forEach(c -> changes.add(key(c.row()).add("before", s.show(c.before())).add("after", s.show(c.after()))));
        JsonObjectBuilder doc = Json.createObjectBuilder().add("id", v.id().toString()).add("kind", v.kind().name())
                .add("scope", v.scope()).add("year", v.year()).add("version", v.version()).add("state", v.state().name())
                .add("profile", Json.createObjectBuilder().add("id", v.profileId()).add("version", v.profileVersion()))
                .add("suppressionThreshold", s.threshold()).add("dueOn", v.dueOn().toString())
                .add("generatedAt", v.generatedAt().toString());
        if (v.publishedAt() != null) {
            doc.add("publishedAt", v.publishedAt().toString());
        } else {
            doc.addNull("publishedAt");
        }
        if (v.correctionNote() != null) {
            doc.add("correctionNote", v.correctionNote());
        } else {
            doc.addNull("correctionNote");
        }
        return doc.add("figures", figures).add("removalTimes", removals).add("changes", changes).build();
    }

    private static JsonObjectBuilder key(FigureRow f) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("figure", f.figure().name()).add("memberState", f.memberState())
                .add("category", f.category()).add("detail", f.detail());
        return f.providerId() == null ? o.addNull("providerId") : o.add("providerId", f.providerId().toString());
    }

    private static jakarta.json.JsonValue count(Suppression s, long value) {
        Long shown = s.value(value);
        return shown == null ? jakarta.json.JsonValue.NULL : Json.createValue(shown);
    }
}
