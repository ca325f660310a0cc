/**
 * Test and demo controls of match as a service (issue 9): synthetic ACTIVE indicators inserted fast
 * ({@code /test-support/indicators}), an indicator made unmatchable, the match settings (rate limit,
 * flood rule) changed at run time, and the node's match index state.
 */
package eu.csar.testsupport.indicators;
