package eu.csar.web.indicators.soap;

import eu.csar.indicators.application.MatchResult;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;

/** The answer to a SOAP match batch, element for element what the REST answer holds, in the service's namespace. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "MatchBatchResult", namespace = IndicatorMatchEndpoint.NAMESPACE)
public class SoapMatchResult {

    @XmlElement(namespace = IndicatorMatchEndpoint.NAMESPACE)
    public int hashes;
    @XmlElement(namespace = IndicatorMatchEndpoint.NAMESPACE)
    public int matches;
    @XmlElement(name = "line", namespace = IndicatorMatchEndpoint.NAMESPACE)
    public List<Line> lines;

    /** One line's matches. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "MatchLine", namespace = IndicatorMatchEndpoint.NAMESPACE)
    public static class Line {
        @XmlElement(namespace = IndicatorMatchEndpoint.NAMESPACE)
        public int number;
        @XmlElement(namespace = IndicatorMatchEndpoint.NAMESPACE)
        public String kind;
        @XmlElement(namespace = IndicatorMatchEndpoint.NAMESPACE)
        public String hash;
        @XmlElement(name = "match", namespace = IndicatorMatchEndpoint.NAMESPACE)
        public List<Hit> matches;
    }

    /** One matching indicator: id, set, distance, provenance classes. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "MatchedIndicator", namespace = IndicatorMatchEndpoint.NAMESPACE)
    public static class Hit {
        @XmlElement(namespace = IndicatorMatchEndpoint.NAMESPACE)
        public String indicatorId;
        @XmlElement(namespace = IndicatorMatchEndpoint.NAMESPACE)
        public String set;
        @XmlElement(namespace = IndicatorMatchEndpoint.NAMESPACE)
        public int distance;
        @XmlElement(name = "provenance", namespace = IndicatorMatchEndpoint.NAMESPACE)
        public List<String> provenance;
    }

    static SoapMatchResult of(MatchResult result) {
        SoapMatchResult out = new SoapMatchResult();
        out.hashes = result.hashes();
        out.matches = result.matches();
        out.lines = result.lines().stream().map(l -> {
            Line line = new Line();
            line.number = l.line();
            line.kind = l.kind();
            line.hash = l.hash();
            line.matches = l.matches().stream().map(h -> {
                Hit hit = new Hit();
                hit.indicatorId = h.indicator().toString();
                hit.set = h.set();
                hit.distance = h.distance();
                hit.provenance = h.provenance().stream().map(Enum::name).toList();
                return hit;
            }).toList();
            return line;
        }).toList();
        return out;
    }
}
