/**
 * What other contexts and the web tier may know of the knowledge context (the Centre as a hub of
 * expertise on prevention and assistance to victims, Art 43(6) and Art 50(4) of COM(2022) 209,
 * pending legal review): the typed id of an article, its kinds, states, the target groups of
 * prevention programmes and the published criteria that classify them.
 */
package eu.csar.knowledge.api;
