/**
 * The survivor's victim page under {@code /public/victim/} (Art 20-21): no account, a session bound
 * to one case, strict headers (see {@code SecurityHeadersFilter}), plain texts in English and Dutch.
 */
package eu.csar.web.victims.portal;
