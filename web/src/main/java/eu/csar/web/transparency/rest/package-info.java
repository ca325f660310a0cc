/** The transparency reports' REST API (Art 83-84): the JSON document, its CSV and PDF, draft generation and publication. */
package eu.csar.web.transparency.rest;
