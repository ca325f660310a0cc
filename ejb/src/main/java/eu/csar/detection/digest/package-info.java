/**
 * Cryptographic digests of files (MD5, SHA-1, SHA-256): the exact-match indicators exchanged
 * beside PDQ, computed in one streamed pass so that large files never sit in memory.
 */
package eu.csar.detection.digest;
