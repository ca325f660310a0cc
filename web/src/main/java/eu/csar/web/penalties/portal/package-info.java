/**
 * The portal pages of penalty case files (Art 35), for Coordinating Authorities: the list of the
 * authority's cases with the form to open one ({@link eu.csar.web.penalties.portal.PenaltyCaseListPage})
 * and one case with its factor checklist, turnover, decision form with the calculator's steps, and
 * timeline ({@link eu.csar.web.penalties.portal.PenaltyCaseDetailPage}).
 */
package eu.csar.web.penalties.portal;
