package eu.csar.web.orders.portal;

import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Duration;

/** Durations on the removal-order pages in the user's language: "26 h 05 min" / "26 u 05 min". */
@Named("orderTexts")
@ApplicationScoped
public class RemovalOrderTexts {

    @Inject
    FeedbackBean feedback;

    public String duration(Duration d) {
        if (d == null) {
            return "";
        }
        Duration positive = d.abs();
        return feedback.text("ro.duration", String.valueOf(positive.toHours()), String.format("%02d", positive.toMinutesPart()));
    }
}
