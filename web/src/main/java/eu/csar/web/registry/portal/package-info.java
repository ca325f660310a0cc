/**
 * The registry's portal screens (Art 23, 24, 33): the provider list and detail for centre staff
 * and, read-only and limited to their jurisdiction, for national authorities; the edit form and
 * the status actions for centre admins; the public register page without login; permalinks.
 */
package eu.csar.web.registry.portal;

