package eu.csar.web.orders.soap;

import eu.csar.orders.application.DetectionOrderView;
import eu.csar.orders.application.RemovalOrderView;
import eu.csar.orders.application.UrlListOrderView;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An order as a provider reads it over SOAP, whatever its kind: what it names (items or URLs), where
 * it stands (state, the events possible now), its clocks as UTC instants and its history. The REST
 * representation holds every field; this one holds what a provider needs to act.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Order")
public class SoapOrder {

    /** REMOVAL, DETECTION, BLOCKING or DELISTING. */
    public String kind;
    public String id;
    public long version;
    public String reference;
    public String memberState;
    public String providerId;
    public String state;
    @XmlElement(name = "possibleEvent")
    public List<String> possibleEvents;
    @XmlElement(name = "item")
    public List<String> items;
    public String transmittedAt;
    public String receivedAt;
    /** Removal orders: when the execution period ends (absent while it stands still). */
    public String executionDueAt;
    public String executedAt;
    /** Removal orders: receipt to execution, ISO 8601. */
    public String timeToRemoval;
    /** Removal orders: the notices sent because an item was still found online after execution or the period's end. */
    public Integer repeatNotices;
    @XmlElement(name = "step")
    public List<Step> history;

    /** One step of the order's history. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "OrderStep")
    public static class Step {
        public String event;
        public String state;
        public String at;
        public String reason;

        static Step of(String event, Enum<?> state, Instant at, String reason) {
            Step s = new Step();
            s.event = event;
            s.state = state.name();
            s.at = text(at);
            s.reason = reason;
            return s;
        }
    }

    static SoapOrder of(RemovalOrderView v) {
        SoapOrder o = common("REMOVAL", v.id(), v.version(), v.reference(), v.issuingMemberState(), v.provider(), v.state(),
                v.possibleEvents(), v.transmittedAt(), v.receivedAt());
        o.items = v.items().stream().map(RemovalOrderView.Item::locator).toList();
        o.executionDueAt = text(v.executionDueAt());
        o.executedAt = text(v.executedAt());
        o.timeToRemoval = text(v.timeToRemoval());
        o.repeatNotices = v.repeatNotices();
        o.history = v.history().stream().map(h -> Step.of(h.event(), h.to(), h.at(), h.reason())).toList();
        return o;
    }

    static SoapOrder of(DetectionOrderView v) {
        SoapOrder o = common("DETECTION", v.id(), v.version(), v.reference(), v.memberState(), v.provider(), v.state(),
                v.possibleEvents(), v.transmittedAt(), v.receivedAt());
        o.items = v.service() == null ? List.of() : List.of(v.service());
        o.history = v.history().stream().map(h -> Step.of(h.event(), h.to(), h.at(), h.reason())).toList();
        return o;
    }

    static SoapOrder of(UrlListOrderView v) {
        SoapOrder o = common(v.type().name(), v.id(), v.version(), v.reference(), v.issuingMemberState(), v.provider(),
                v.state(), v.possibleEvents(), v.transmittedAt(), v.receivedAt());
        o.items = v.entries().stream().map(UrlListOrderView.Entry::url).toList();
        o.executedAt = text(v.executedAt());
        o.history = v.history().stream().map(h -> Step.of(h.event(), h.to(), h.at(), h.reason())).toList();
        return o;
    }

    private static SoapOrder common(String kind, Object id, long version, String reference, Enum<?> memberState,
                                    Object provider, Enum<?> state, List<String> possibleEvents, Instant transmittedAt,
                                    Instant receivedAt) {
        SoapOrder o = new SoapOrder();
        o.kind = kind;
        o.id = id.toString();
        o.version = version;
        o.reference = reference;
        o.memberState = memberState.name();
        o.providerId = provider.toString();
        o.state = state.name();
        o.possibleEvents = possibleEvents;
        o.transmittedAt = text(transmittedAt);
        o.receivedAt = text(receivedAt);
        return o;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
