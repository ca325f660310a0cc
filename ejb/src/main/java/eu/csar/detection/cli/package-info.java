/**
 * The command-line tools given to providers and victims so that images are hashed on their own
 * machine and only hashes ever leave it: {@code csar-hash} (PDQ and digests of files and
 * directories, in the reference tool's {@code hash,quality,path} format) and {@code csar-match}
 * (hashes against indicator hashes at a radius). Entry point:
 * {@link eu.csar.detection.cli.DetectionCli}.
 */
package eu.csar.detection.cli;
