/**
 * The knowledge hub's pages: the public pages ({@code /public/knowledge/}, no login, stateless,
 * cacheable, strict headers like the victim page) and the editorial page for Centre staff
 * ({@code /portal/knowledge/articles.xhtml}), and the prevention experts' network's page with its download
 * ({@code /portal/knowledge/network.xhtml}, members of the network and Centre staff).
 */
package eu.csar.web.knowledge.portal;
