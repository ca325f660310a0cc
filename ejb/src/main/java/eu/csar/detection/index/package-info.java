/**
 * Exact Hamming-radius search over 256-bit hashes: given a query and a radius (31 for PDQ),
 * every indexed hash within that distance, never fewer than brute force finds.
 *
 * <p>{@link eu.csar.detection.index.HashIndex} is a multi-index hash (pigeonhole over eleven
 * disjoint 23/24-bit substrings, in flat prefix-bucket arrays) plus an online delta for adds and a
 * tombstone bitset for removals; {@link eu.csar.detection.index.BruteForce} is the baseline it
 * is tested and benchmarked against.
 */
package eu.csar.detection.index;
