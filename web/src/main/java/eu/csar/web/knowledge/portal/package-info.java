/**
 * The knowledge hub's pages: the public pages ({@code /public/knowledge/}, no login, stateless,
 * cacheable, strict headers like the victim page) and the editorial page for Centre staff
 * ({@code /portal/knowledge/articles.xhtml}).
 */
package eu.csar.web.knowledge.portal;
