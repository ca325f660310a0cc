/**
 * Registry screens (Art 23, 24, 33): the provider list and detail for centre staff and, read-only
 * and limited to their jurisdiction, for national authorities; the edit form for centre admins; and
 * the public register without login.
 */
package eu.csar.web.registry;
