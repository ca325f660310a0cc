/** The auditors' REST API: browse the trail and verify its hash chain. */
package eu.csar.web.audit.rest;

