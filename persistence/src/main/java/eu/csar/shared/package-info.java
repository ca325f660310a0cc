/** Shared kernel: value types every bounded context speaks (Member States, identifiers). */
package eu.csar.shared;
