/**
 * Test and demo controls of the indicators context (issue 9), only in the demo EAR: synthetic ACTIVE
 * indicators inserted fast ({@code /test-support/indicators}), an indicator made unmatchable, the
 * match settings (rate limit, flood rule) changed at run time, the node's match index state, and the
 * import job's failure hook ({@code POST /test-support/indicator-imports/fault}).
 */
package eu.csar.testsupport.indicators;
