/**
 * The portal screens of removal orders (issue 10 §3, §6): the list with its filters by state and
 * deadline and the time-to-removal figures per provider, the order page with its timeline, the next
 * deadline and its countdown (the 24-hour execution clock, shown as paused while an Annex V notice
 * stops it) and the issuing authority's clarification, the issuing authority's form, and the
 * order's permanent link and annex PDF. Providers act over the partner API only (they have no
 * portal accounts); the order page says so.
 */
package eu.csar.web.orders.portal;
