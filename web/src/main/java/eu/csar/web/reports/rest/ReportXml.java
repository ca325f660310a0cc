package eu.csar.web.reports.rest;

/** The XML namespace of report intake's SOAP contract, version 1. */
public final class ReportXml {
    public static final String NAMESPACE = "urn:eu:csar:reports:v1";

    private ReportXml() {
    }
}
