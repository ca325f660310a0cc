package eu.csar.it.detection;

import eu.csar.detection.pdq.HashOptions;
import eu.csar.detection.pdq.ImageDecoder;
import eu.csar.detection.pdq.LumaImage;
import eu.csar.detection.pdq.PdqHasher;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The Java engine's floats at each stage of hashing a file, as SHA-256 of their bits (little-endian,
 * as {@code CsarHasher.stages} digests a Float32Array): the luma {@link ImageDecoder} gives, the 64x64
 * downsample after the Jarosz filter and the 16x16 DCT coefficients. The two last are private to
 * {@link PdqHasher}, so they are read through reflection, calling the same methods {@code hash} calls.
 */
record JavaStages(String luma, String downsample, String coefficients) {

    static JavaStages of(Path file) throws Exception {
        LumaImage image = ImageDecoder.decodeLuma(file, HashOptions.DEFAULT);
        String luma = digest(image.luma(), image.width() * image.height());
        int rows = image.height();
        int cols = image.width();
        if (rows < 5 || cols < 5) {
            return new JavaStages(luma, "", "");
        }
        PdqHasher hasher = new PdqHasher();
        float[] downsample = (float[]) field("buffer64x64").get(hasher);
        if (rows == 64 && cols == 64) {
            System.arraycopy(image.luma(), 0, downsample, 0, 64 * 64);
        } else {
            Method blur = PdqHasher.class.getDeclaredMethod("blurAndDecimate", float[].class, int.class, int.class);
            blur.setAccessible(true);
            blur.invoke(hasher, image.luma(), rows, cols);
        }
        float[] coefficients = new float[256];
        Method dct = PdqHasher.class.getDeclaredMethod("dct64To16", float[].class, float[].class, float[].class);
        dct.setAccessible(true);
        dct.invoke(null, downsample.clone(), new float[16 * 64], coefficients);
        return new JavaStages(luma, digest(downsample, downsample.length), digest(coefficients, 256));
    }

    private static Field field(String name) throws NoSuchFieldException {
        Field f = PdqHasher.class.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    private static String digest(float[] floats, int count) throws Exception {
        ByteBuffer bytes = ByteBuffer.allocate(count * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < count; i++) {
            bytes.putFloat(floats[i]);
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array()));
    }
}
