package eu.csar.benchmark;

import eu.csar.detection.pdq.LumaImage;
import eu.csar.detection.pdq.PdqFileHasher;
import eu.csar.detection.pdq.PdqHasher;
import eu.csar.detection.pdq.PdqResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * PDQ speed on synthetic photos-like images (gradients, shapes, noise) generated at setup:
 * decode+hash of an in-memory JPEG (quality 0.9), and hash alone from the decoded image (luma
 * extraction included), single thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class HashingBenchmark {

    @Param({"1024x768", "512x512"})
    public String size;

    static final int IMAGES = 8;

    byte[][] jpegs = new byte[IMAGES][];
    BufferedImage[] decoded = new BufferedImage[IMAGES];
    final PdqFileHasher fileHasher = new PdqFileHasher();
    final PdqHasher hasher = new PdqHasher();
    int next;

    @Setup
    public void setup() throws IOException {
        String[] wh = size.split("x");
        int w = Integer.parseInt(wh[0]);
        int h = Integer.parseInt(wh[1]);
        for (int i = 0; i < IMAGES; i++) {
            BufferedImage img = synthetic(w, h, i);
            jpegs[i] = jpeg(img);
            decoded[i] = ImageIO.read(new java.io.ByteArrayInputStream(jpegs[i]));
        }
    }

    static BufferedImage synthetic(int w, int h, long seed) {
        Random rnd = new Random(seed);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(rnd.nextInt()), w, h, new Color(rnd.nextInt())));
        g.fillRect(0, 0, w, h);
        for (int s = 0; s < 40; s++) {
            g.setColor(new Color(rnd.nextInt(), true));
            int x = rnd.nextInt(w);
            int y = rnd.nextInt(h);
            int sw = 20 + rnd.nextInt(w / 3);
            int sh = 20 + rnd.nextInt(h / 3);
            switch (s % 3) {
                case 0 -> g.fillOval(x, y, sw, sh);
                case 1 -> g.fillRect(x, y, sw, sh);
                default -> {
                    g.setStroke(new BasicStroke(1 + rnd.nextInt(12)));
                    g.drawLine(x, y, rnd.nextInt(w), rnd.nextInt(h));
                }
            }
        }
        g.dispose();
        // Sensor-like noise, so the JPEG is as costly to decode as a photo.
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = img.getRGB(x, y);
                int n = rnd.nextInt(17) - 8;
                int r = Math.max(0, Math.min(255, ((p >> 16) & 255) + n));
                int gg = Math.max(0, Math.min(255, ((p >> 8) & 255) + n));
                int b = Math.max(0, Math.min(255, (p & 255) + n));
                img.setRGB(x, y, r << 16 | gg << 8 | b);
            }
        }
        return img;
    }

    static byte[] jpeg(BufferedImage img) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(0.9f);
            writer.write(null, new IIOImage(img, null, null), p);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    @Benchmark
    public PdqResult decodeAndHash() throws IOException {
        int i = next++ & (IMAGES - 1);
        return fileHasher.hash(Path.of("synthetic-" + i + ".jpg"), jpegs[i]);
    }

    @Benchmark
    public PdqResult hashDecoded() {
        int i = next++ & (IMAGES - 1);
        LumaImage luma = LumaImage.of(decoded[i]);
        return hasher.hash(luma.luma(), luma.height(), luma.width());
    }
}
