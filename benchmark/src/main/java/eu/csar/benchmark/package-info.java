/**
 * JMH benchmarks of the detection engine on synthetic data (random hashes; gradient, shape and
 * noise images generated at setup, never committed): index queries against a brute-force scan,
 * and PDQ decode+hash and hash-only times. Run explicitly from {@code target/benchmarks.jar};
 * they are not part of the build's tests.
 */
package eu.csar.benchmark;
