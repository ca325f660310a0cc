/**
 * The portal shell shared by every screen: the signed-in user and what the menu offers them, the
 * language, logout, user feedback (messages, mapping service errors to fields), formatting and the
 * home page.
 */
package eu.csar.web.portal;
