/**
 * PDQ perceptual hashing of images (the industry standard 256-bit photo hash; two images match
 * when their hashes are within Hamming distance 31, and a hash with quality below 50 is not
 * trusted).
 *
 * <p>Implemented from the published algorithm (luma, two passes of the Jarosz box filter,
 * decimation to 64x64, quality metric, 16x16 DCT, median threshold) with the same float
 * arithmetic and order of operations as the C++ reference, so that lossless inputs give the very
 * same bits. Decoding goes through ImageIO (with the TwelveMonkeys plugins for CMYK JPEG and WebP).
 * Entry points: {@link eu.csar.detection.pdq.PdqFileHasher} for files,
 * {@link eu.csar.detection.pdq.PdqHasher} for decoded luma.
 */
package eu.csar.detection.pdq;
