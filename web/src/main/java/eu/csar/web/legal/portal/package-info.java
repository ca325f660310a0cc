/**
 * Portal pages of the legal profiles: the list of profiles and versions, the side-by-side
 * comparison (at a path-based permanent link, {@link eu.csar.web.legal.portal.LegalPermalinkServlet}),
 * and the import of a new version for centre admins.
 */
package eu.csar.web.legal.portal;
