/**
 * The audit trail's services: recording every write and every read of protected data (refused
 * attempts too, in their own transaction), browsing it, and verifying its hash chain.
 */
package eu.csar.audit;
