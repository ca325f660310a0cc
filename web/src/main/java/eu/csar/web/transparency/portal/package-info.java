/** The transparency report page (Art 83-84): figures, charts (server-side SVG), versions and downloads. */
package eu.csar.web.transparency.portal;
