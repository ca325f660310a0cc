/*
 * CSAR browser hasher: PDQ and SHA-256 of photos, computed on this device. Nothing is sent anywhere.
 *
 * A line-by-line port of the platform's Java PDQ engine (ejb: eu.csar.detection.pdq.PdqHasher and
 * LumaImage) with the same float arithmetic: every value Java keeps in a float is rounded with
 * Math.fround or stored in a Float32Array, so the same luma gives the same bits.
 *
 * Decoding, to match the Java engine (ImageIO):
 *  - PNG is decoded here (DecompressionStream inflates IDAT): all colour types, bit depths 1..16 and
 *    Adam7 interlacing, alpha ignored (the stored colour values are used, not composited), 16-bit
 *    samples reduced to their high byte, grey and grey palettes taken as is, no gamma or ICC
 *    conversion. The luma is then bit-exact with Java's.
 *  - Other formats (JPEG, GIF, BMP, WebP) are decoded by the browser (createImageBitmap without
 *    colour-space conversion or premultiplication, EXIF orientation ignored like Java's default).
 *    JPEG decoders differ slightly between libjpeg-turbo (Chromium) and Java, so JPEG hashes are
 *    within a small Hamming distance of the server's (bound measured in docs/detection.md).
 *
 * API (plain script, no modules, no dependencies): window.CsarHasher
 *   await CsarHasher.hashFile(file)   -> {name, pdq, quality, sha256, width, height}
 *   await CsarHasher.hashFiles(files) -> array of the above, in order
 *   CsarHasher.pdqOfLuma(Float32Array luma, width, height) -> {pdq, quality, downsample, coefficients}
 *   await CsarHasher.stages(file)     -> SHA-256 of the floats at each stage, for the tests
 * SHA-256 needs a secure context (HTTPS or localhost).
 */
(function (global) {
    'use strict';

    var fround = Math.fround;
    var LUMA_R = fround(0.299);
    var LUMA_G = fround(0.587);
    var LUMA_B = fround(0.114);
    var MIN_HASHABLE_DIM = 5;
    var JAROSZ_PASSES = 2;

    /** Rows 1..16 of the 64-point DCT-II matrix, as PdqHasher.dctMatrix computes them. */
    var DCT = (function () {
        var d = new Float32Array(16 * 64);
        var scale = fround(Math.sqrt(2.0 / 64.0));
        for (var i = 0; i < 16; i++) {
            for (var j = 0; j < 64; j++) {
                d[i * 64 + j] = scale * Math.cos((Math.PI / 2 / 64.0) * (i + 1) * (2 * j + 1));
            }
        }
        return d;
    })();

    /** LumaImage.rgbLuma: float weights, summed left to right. */
    function rgbLuma(r, g, b) {
        return fround(fround(fround(LUMA_R * r) + fround(LUMA_G * g)) + fround(LUMA_B * b));
    }

    function jaroszWindow(oldDimension, newDimension) {
        return Math.floor((oldDimension + 2 * newDimension - 1) / (2 * newDimension));
    }

    function boxAlongRows(input, out, rows, cols, window) {
        var half = Math.floor((window + 2) / 2);
        var phase1 = half - 1;
        var phase2 = window - half + 1;
        var phase3 = cols - window;
        var phase4 = half - 1;
        for (var r = 0; r < rows; r++) {
            var base = r * cols;
            var li = base;
            var ri = base;
            var oi = base;
            var sum = 0;
            var size = 0;
            var i;
            for (i = 0; i < phase1; i++) {
                sum = fround(sum + input[ri++]);
                size++;
            }
            for (i = 0; i < phase2; i++) {
                sum = fround(sum + input[ri++]);
                size++;
                out[oi++] = sum / size;
            }
            for (i = 0; i < phase3; i++) {
                sum = fround(sum + input[ri++]);
                sum = fround(sum - input[li++]);
                out[oi++] = sum / size;
            }
            for (i = 0; i < phase4; i++) {
                sum = fround(sum - input[li++]);
                size--;
                out[oi++] = sum / size;
            }
        }
    }

    function boxAlongCols(input, out, rows, cols, window, sums) {
        var half = Math.floor((window + 2) / 2);
        var phase1 = half - 1;
        var phase2 = window - half + 1;
        var phase3 = rows - window;
        var phase4 = half - 1;
        sums.fill(0, 0, cols);
        var li = 0;
        var ri = 0;
        var oi = 0;
        var size = 0;
        var i;
        var j;
        var rb;
        var lb;
        var ob;
        for (i = 0; i < phase1; i++) {
            rb = ri * cols;
            for (j = 0; j < cols; j++) {
                sums[j] = sums[j] + input[rb + j];
            }
            ri++;
            size++;
        }
        for (i = 0; i < phase2; i++) {
            rb = ri * cols;
            ob = oi * cols;
            size++;
            for (j = 0; j < cols; j++) {
                var s = fround(sums[j] + input[rb + j]);
                sums[j] = s;
                out[ob + j] = s / size;
            }
            ri++;
            oi++;
        }
        for (i = 0; i < phase3; i++) {
            rb = ri * cols;
            lb = li * cols;
            ob = oi * cols;
            for (j = 0; j < cols; j++) {
                var t = fround(sums[j] + input[rb + j]);
                t = fround(t - input[lb + j]);
                sums[j] = t;
                out[ob + j] = t / size;
            }
            ri++;
            li++;
            oi++;
        }
        for (i = 0; i < phase4; i++) {
            lb = li * cols;
            ob = oi * cols;
            size--;
            for (j = 0; j < cols; j++) {
                var u = fround(sums[j] - input[lb + j]);
                sums[j] = u;
                out[ob + j] = u / size;
            }
            li++;
            oi++;
        }
    }

    function blurAndDecimate(luma, rows, cols, buffer64x64) {
        var scratch = new Float32Array(rows * cols);
        var sums = new Float32Array(cols);
        var windowAlongRows = jaroszWindow(cols, 64);
        var windowAlongCols = jaroszWindow(rows, 64);
        for (var pass = 0; pass < JAROSZ_PASSES; pass++) {
            boxAlongRows(luma, scratch, rows, cols, windowAlongRows);
            boxAlongCols(scratch, luma, rows, cols, windowAlongCols, sums);
        }
        for (var i = 0; i < 64; i++) {
            var rowBase = Math.trunc(((i + 0.5) * rows) / 64) * cols;
            for (var j = 0; j < 64; j++) {
                buffer64x64[i * 64 + j] = luma[rowBase + Math.trunc(((j + 0.5) * cols) / 64)];
            }
        }
    }

    function quality(b) {
        var gradientSum = 0;
        var i;
        var j;
        for (i = 0; i < 63; i++) {
            for (j = 0; j < 64; j++) {
                gradientSum += Math.abs(Math.trunc(fround(fround(fround(b[i * 64 + j] - b[(i + 1) * 64 + j]) * 100) / 255)));
            }
        }
        for (i = 0; i < 64; i++) {
            for (j = 0; j < 63; j++) {
                gradientSum += Math.abs(Math.trunc(fround(fround(fround(b[i * 64 + j] - b[i * 64 + j + 1]) * 100) / 255)));
            }
        }
        return Math.min(Math.floor(gradientSum / 90), 100);
    }

    function dct64To16(a) {
        var t = new Float32Array(16 * 64);
        var b = new Float32Array(16 * 16);
        var i;
        var j;
        var k;
        for (i = 0; i < 16; i++) {
            var tb = i * 64;
            for (k = 0; k < 64; k++) {
                var dik = DCT[i * 64 + k];
                var ab = k * 64;
                for (j = 0; j < 64; j++) {
                    t[tb + j] = t[tb + j] + fround(dik * a[ab + j]);
                }
            }
        }
        for (i = 0; i < 16; i++) {
            for (j = 0; j < 16; j++) {
                var sum = 0;
                var tb2 = i * 64;
                var db = j * 64;
                for (k = 0; k < 64; k++) {
                    sum = fround(sum + fround(t[tb2 + k] * DCT[db + k]));
                }
                b[i * 16 + j] = sum;
            }
        }
        return b;
    }

    /** Bit k set iff coefficient k > the 128th smallest; 64 hex digits, bit 255 first (PdqHash.toHex). */
    function toHex(coefficients) {
        var sorted = Float32Array.from(coefficients).sort();
        var median = sorted[127];
        var hex = '';
        for (var n = 63; n >= 0; n--) {
            var nibble = 0;
            for (var bit = 3; bit >= 0; bit--) {
                nibble = (nibble << 1) | (coefficients[4 * n + bit] > median ? 1 : 0);
            }
            hex += nibble.toString(16);
        }
        return hex;
    }

    /**
     * PdqHasher.hash: row-major luma of height rows x width columns (overwritten). Also returns the
     * 64x64 downsample and the 16x16 DCT coefficients (null under 5 pixels), which tests compare
     * bit for bit with the Java engine's.
     */
    function pdqOfLuma(luma, width, height) {
        if (height < MIN_HASHABLE_DIM || width < MIN_HASHABLE_DIM) {
            return {pdq: '0'.repeat(64), quality: 0, downsample: null, coefficients: null};
        }
        var buffer64x64 = new Float32Array(64 * 64);
        if (height === 64 && width === 64) {
            buffer64x64.set(luma.subarray(0, 64 * 64));
        } else {
            blurAndDecimate(luma, height, width, buffer64x64);
        }
        var q = quality(buffer64x64);
        var coefficients = dct64To16(buffer64x64);
        return {pdq: toHex(coefficients), quality: q, downsample: buffer64x64, coefficients: coefficients};
    }

    // ---------------------------------------------------------------- PNG, decoded like ImageIO

    var PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

    function isPng(bytes) {
        if (bytes.length < 8) {
            return false;
        }
        for (var i = 0; i < 8; i++) {
            if (bytes[i] !== PNG_SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    function u32(bytes, p) {
        return ((bytes[p] << 24) >>> 0) + (bytes[p + 1] << 16) + (bytes[p + 2] << 8) + bytes[p + 3];
    }

    async function inflate(data) {
        var stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate'));
        return new Uint8Array(await new Response(stream).arrayBuffer());
    }

    function paeth(a, b, c) {
        var p = a + b - c;
        var pa = Math.abs(p - a);
        var pb = Math.abs(p - b);
        var pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : (pb <= pc ? b : c);
    }

    /** Reverses the scanline filters of one (sub-)image in place; returns the offset after it. */
    function unfilter(data, offset, rowBytes, rows, bpp) {
        var prev = -1;
        for (var y = 0; y < rows; y++) {
            var type = data[offset];
            var p = offset + 1;
            for (var x = 0; x < rowBytes; x++) {
                var left = x >= bpp ? data[p + x - bpp] : 0;
                var up = prev >= 0 ? data[prev + x] : 0;
                var upLeft = prev >= 0 && x >= bpp ? data[prev + x - bpp] : 0;
                var v = data[p + x];
                switch (type) {
                    case 0: break;
                    case 1: v += left; break;
                    case 2: v += up; break;
                    case 3: v += (left + up) >> 1; break;
                    case 4: v += paeth(left, up, upLeft); break;
                    default: throw new Error('PNG: bad filter type ' + type);
                }
                data[p + x] = v & 0xff;
            }
            prev = p;
            offset = p + rowBytes;
        }
        return offset;
    }

    function sample(data, rowStart, index, bitDepth) {
        if (bitDepth === 8) {
            return data[rowStart + index];
        }
        if (bitDepth === 16) {
            return data[rowStart + 2 * index]; // the high byte, as LumaImage.fromShorts keeps
        }
        var bit = index * bitDepth;
        var byte = data[rowStart + (bit >> 3)];
        return (byte >> (8 - bitDepth - (bit & 7))) & ((1 << bitDepth) - 1);
    }

    async function decodePng(bytes) {
        var p = 8;
        var width = 0;
        var height = 0;
        var bitDepth = 0;
        var colorType = 0;
        var interlace = 0;
        var palette = null;
        var idat = [];
        while (p + 8 <= bytes.length) {
            var length = u32(bytes, p);
            var type = String.fromCharCode(bytes[p + 4], bytes[p + 5], bytes[p + 6], bytes[p + 7]);
            var body = bytes.subarray(p + 8, p + 8 + length);
            if (type === 'IHDR') {
                width = u32(body, 0);
                height = u32(body, 4);
                bitDepth = body[8];
                colorType = body[9];
                interlace = body[12];
            } else if (type === 'PLTE') {
                palette = body;
            } else if (type === 'IDAT') {
                idat.push(body);
            } else if (type === 'IEND') {
                break;
            }
            p += 12 + length;
        }
        var channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[colorType];
        if (!channels || !width || !height || idat.length === 0 || (colorType === 3 && !palette)) {
            throw new Error('PNG: unsupported or damaged file');
        }
        var data = await inflate(new Blob(idat));
        var luma = new Float32Array(width * height);
        // the luma of a palette index: a grey palette is taken as is (LumaImage's grey-palette path)
        var paletteLuma = null;
        if (colorType === 3) {
            var grey = true;
            var entries = palette.length / 3;
            for (var e = 0; e < entries; e++) {
                grey = grey && palette[3 * e] === palette[3 * e + 1] && palette[3 * e] === palette[3 * e + 2];
            }
            paletteLuma = new Float32Array(256);
            for (e = 0; e < entries; e++) {
                paletteLuma[e] = grey ? palette[3 * e] : rgbLuma(palette[3 * e], palette[3 * e + 1], palette[3 * e + 2]);
            }
        }
        var greyScale = colorType === 0 && bitDepth < 8 ? 255 / ((1 << bitDepth) - 1) : 1;
        var bitsPerPixel = channels * bitDepth;
        var bpp = Math.max(1, bitsPerPixel >> 3);
        var passes = interlace === 1
            ? [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]]
            : [[0, 0, 1, 1]];
        var offset = 0;
        for (var pass = 0; pass < passes.length; pass++) {
            var x0 = passes[pass][0];
            var y0 = passes[pass][1];
            var dx = passes[pass][2];
            var dy = passes[pass][3];
            var pw = Math.ceil((width - x0) / dx);
            var ph = Math.ceil((height - y0) / dy);
            if (pw <= 0 || ph <= 0) {
                continue;
            }
            var rowBytes = Math.ceil(pw * bitsPerPixel / 8);
            if (offset + ph * (rowBytes + 1) > data.length) {
                throw new Error('PNG: truncated image data');
            }
            var start = offset;
            offset = unfilter(data, offset, rowBytes, ph, bpp);
            for (var y = 0; y < ph; y++) {
                var rowStart = start + y * (rowBytes + 1) + 1;
                var out = (y0 + y * dy) * width + x0;
                for (var x = 0; x < pw; x++, out += dx) {
                    var s = x * channels;
                    if (colorType === 0 || colorType === 4) {
                        luma[out] = sample(data, rowStart, s, bitDepth) * greyScale;
                    } else if (colorType === 3) {
                        luma[out] = paletteLuma[sample(data, rowStart, s, bitDepth)];
                    } else {
                        luma[out] = rgbLuma(sample(data, rowStart, s, bitDepth), sample(data, rowStart, s + 1, bitDepth),
                            sample(data, rowStart, s + 2, bitDepth));
                    }
                }
            }
        }
        return {luma: luma, width: width, height: height};
    }

    // ---------------------------------------------------------------- other formats, decoded by the browser

    /** The number of components in a JPEG's frame header (1 = greyscale), or 0 if not a JPEG. */
    function jpegComponents(bytes) {
        if (bytes[0] !== 0xff || bytes[1] !== 0xd8) {
            return 0;
        }
        var p = 2;
        while (p + 4 <= bytes.length) {
            if (bytes[p] !== 0xff) {
                return 0;
            }
            var marker = bytes[p + 1];
            if (marker === 0xff) {
                p++;
                continue;
            }
            var length = (bytes[p + 2] << 8) | bytes[p + 3];
            if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
                return bytes[p + 9];
            }
            p += 2 + length;
        }
        return 0;
    }

    /**
     * A copy of a JPEG whose EXIF orientation tag says 1, so that every browser decodes the stored
     * pixels as Java does by default (the Java engine ignores EXIF orientation).
     */
    function withoutOrientation(bytes) {
        var p = 2;
        while (p + 4 <= bytes.length && bytes[p] === 0xff) {
            var marker = bytes[p + 1];
            var length = (bytes[p + 2] << 8) | bytes[p + 3];
            if (marker === 0xda) {
                break;
            }
            if (marker === 0xe1 && String.fromCharCode.apply(null, bytes.subarray(p + 4, p + 10)) === 'Exif\0\0') {
                var t = p + 10;
                var little = bytes[t] === 0x49;
                var rd16 = function (q) {
                    return little ? bytes[q] | (bytes[q + 1] << 8) : (bytes[q] << 8) | bytes[q + 1];
                };
                var ifd = little ? (rd16(t + 4) | (rd16(t + 6) << 16)) : ((rd16(t + 4) << 16) | rd16(t + 6));
                var q = t + ifd;
                var end = p + 2 + length;
                if (q + 2 > end) {
                    return bytes;
                }
                var count = rd16(q);
                for (var i = 0; i < count && q + 2 + 12 * i + 12 <= end; i++) {
                    var entry = q + 2 + 12 * i;
                    if (rd16(entry) === 0x0112) {
                        var copy = bytes.slice();
                        copy[entry + 8] = little ? 1 : 0;
                        copy[entry + 9] = little ? 0 : 1;
                        return copy;
                    }
                }
                return bytes;
            }
            p += 2 + length;
        }
        return bytes;
    }

    async function decodeInBrowser(bytes) {
        var grey = jpegComponents(bytes) === 1;
        var source = new Blob([grey || bytes[0] === 0xff ? withoutOrientation(bytes) : bytes]);
        var bitmap = await createImageBitmap(source,
            {colorSpaceConversion: 'none', premultiplyAlpha: 'none', imageOrientation: 'none'});
        var width = bitmap.width;
        var height = bitmap.height;
        var canvas = typeof OffscreenCanvas !== 'undefined'
            ? new OffscreenCanvas(width, height)
            : Object.assign(document.createElement('canvas'), {width: width, height: height});
        var context = canvas.getContext('2d', {willReadFrequently: true});
        context.drawImage(bitmap, 0, 0);
        bitmap.close();
        var rgba = context.getImageData(0, 0, width, height).data;
        var luma = new Float32Array(width * height);
        for (var i = 0, j = 0; i < luma.length; i++, j += 4) {
            luma[i] = grey ? rgba[j] : rgbLuma(rgba[j], rgba[j + 1], rgba[j + 2]);
        }
        return {luma: luma, width: width, height: height};
    }

    // ---------------------------------------------------------------- the API

    function hex(buffer) {
        return Array.from(new Uint8Array(buffer), function (b) {
            return (b < 16 ? '0' : '') + b.toString(16);
        }).join('');
    }

    async function hashFile(file) {
        var bytes = new Uint8Array(await file.arrayBuffer());
        var sha256 = hex(await crypto.subtle.digest('SHA-256', bytes));
        var image = isPng(bytes) ? await decodePng(bytes) : await decodeInBrowser(bytes);
        var result = pdqOfLuma(image.luma, image.width, image.height);
        return {
            name: file.name,
            pdq: result.pdq,
            quality: result.quality,
            sha256: sha256,
            width: image.width,
            height: image.height
        };
    }

    async function floatsDigest(floats) {
        return hex(await crypto.subtle.digest('SHA-256', new Uint8Array(floats.buffer, floats.byteOffset, floats.byteLength)));
    }

    /**
     * For tests: SHA-256 of the float32 bits (little-endian) at each stage of a file's hashing: the
     * luma, the 64x64 downsample after the Jarosz filter and the 256 DCT coefficients ("" when the
     * image is too small to hash). Equal digests on both sides mean bit-exact floats.
     */
    async function stages(file) {
        var bytes = new Uint8Array(await file.arrayBuffer());
        var image = isPng(bytes) ? await decodePng(bytes) : await decodeInBrowser(bytes);
        var luma = await floatsDigest(image.luma);
        var result = pdqOfLuma(image.luma, image.width, image.height);
        return {
            luma: luma,
            downsample: result.downsample ? await floatsDigest(result.downsample) : '',
            coefficients: result.coefficients ? await floatsDigest(result.coefficients) : ''
        };
    }

    async function hashFiles(fileList) {
        var results = [];
        for (var i = 0; i < fileList.length; i++) {
            results.push(await hashFile(fileList[i]));
        }
        return results;
    }

    global.CsarHasher = {hashFile: hashFile, hashFiles: hashFiles, pdqOfLuma: pdqOfLuma, stages: stages};
})(window);
