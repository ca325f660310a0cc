/**
 * The knowledge hub's REST API for Centre staff ({@code /api/v1/knowledge/articles}): the editorial
 * workflow of docs/knowledge.md.
 */
package eu.csar.web.knowledge.rest;
