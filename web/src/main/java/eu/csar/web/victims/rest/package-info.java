/**
 * Victim cases over REST for Coordinating Authorities (Art 20-21): open a case (the first access
 * code is in the answer, once), read it, issue a new code, revoke the code.
 */
package eu.csar.web.victims.rest;
