/**
 * The portal shell shared by every screen: the signed-in user and what the menu offers them, the
 * language, logout, user feedback (messages, mapping service errors to fields), formatting and the
 * drop-down choices common to all contexts.
 */
package eu.csar.web.platform.portal;

