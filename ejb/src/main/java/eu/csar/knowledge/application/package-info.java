/**
 * The knowledge context's services (the Centre as a hub of expertise, Art 43(6) and Art 50(4) of
 * COM(2022) 209, pending legal review). {@link eu.csar.knowledge.application.EditorialDesk} is the
 * Centre staff's editorial workflow (draft, edit, submit, return, publish with four eyes, withdraw);
 * {@link eu.csar.knowledge.application.PublicCatalogue} reads what is published, for the public pages,
 * without login. Nothing here is meant for other contexts.
 */
package eu.csar.knowledge.application;
