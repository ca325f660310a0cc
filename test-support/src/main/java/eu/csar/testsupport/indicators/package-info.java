/**
 * Test controls of the indicators context (issue 9), only in the demo EAR: the import job's failure
 * hook ({@code POST /test-support/indicator-imports/fault}).
 */
package eu.csar.testsupport.indicators;
