/** Test support of the evidence vault: storing synthetic content before the reports' intake exists. */
package eu.csar.testsupport.vault;
