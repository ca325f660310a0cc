/**
 * Detection engine: the technology the EU Centre makes available to providers free of charge
 * (Art 50(1) of COM(2022) 209) and uses itself to match what providers and victims send against
 * indicators of known material (Art 44).
 *
 * <p>Pure Java 17 without any Jakarta EE dependency, so that the EJB tier, the command-line tools
 * given to providers and victims, and the benchmarks all run exactly the same code.
 * <ul>
 *   <li>{@link eu.csar.detection.pdq}: PDQ perceptual hashing, bit-exact with the reference
 *       implementation;</li>
 *   <li>{@link eu.csar.detection.index}: exact Hamming-radius search over 256-bit hashes;</li>
 *   <li>{@link eu.csar.detection.digest}: cryptographic digests of files (exact-match indicators);</li>
 *   <li>{@link eu.csar.detection.cli}: the {@code csar-hash} and {@code csar-match} tools.</li>
 * </ul>
 */
package eu.csar.detection;
