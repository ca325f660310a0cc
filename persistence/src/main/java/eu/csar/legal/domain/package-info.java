/**
 * The legal context's clock and deadlines: the deadline calculator (every legal period rule in one
 * place), the deadline aggregate with its workflow table and history, and the audit actions of the
 * deadline service and the clock control.
 */
package eu.csar.legal.domain;
