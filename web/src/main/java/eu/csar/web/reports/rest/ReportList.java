package eu.csar.web.reports.rest;

import eu.csar.reports.application.ReportPage;
import eu.csar.reports.application.ReportSummary;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;

/** One page of a provider's own reports, newest first, in JSON and in SOAP, with the total the filter finds. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ReportList")
public class ReportList {

    @XmlElement(name = "report")
    public List<Line> items;
    public int page;
    public int size;
    public long total;

    /** One report of the list; its content, evidence and history at {@code /api/v1/reports/{id}} (or ReportStatus). */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "ReportListLine")
    public static class Line {
        public String id;
        public long version;
        public String state;
        public String type;
        public boolean urgent;
        public String timestamp;
        public String contentReference;
        public String openedAt;
        public String finishedAt;
        public String retractedAt;

        static Line of(ReportSummary s) {
            Line l = new Line();
            l.id = s.id().toString();
            l.version = s.version();
            l.state = s.state().name();
            l.type = s.type().name();
            l.urgent = s.urgent();
            l.timestamp = ReportDto.instant(s.timestamp());
            l.contentReference = s.contentReference();
            l.openedAt = ReportDto.instant(s.openedAt());
            l.finishedAt = ReportDto.instant(s.finishedAt());
            l.retractedAt = ReportDto.instant(s.retractedAt());
            return l;
        }
    }

    public static ReportList of(ReportPage found) {
        ReportList list = new ReportList();
        list.items = found.items().stream().map(Line::of).toList();
        list.page = found.page();
        list.size = found.size();
        list.total = found.total();
        return list;
    }
}
