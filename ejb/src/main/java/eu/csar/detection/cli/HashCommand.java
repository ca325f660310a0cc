package eu.csar.detection.cli;

import eu.csar.detection.digest.FileDigests;
import eu.csar.detection.pdq.HashOptions;
import eu.csar.detection.pdq.ImageDecoder;
import eu.csar.detection.pdq.ImageDecodeException;
import eu.csar.detection.pdq.PdqFileHasher;
import eu.csar.detection.pdq.PdqResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code csar-hash}: PDQ hashes of image files and directories (recursively), one
 * {@code hash,quality,path} line per image exactly like the reference tool, computed in parallel
 * but printed in input order. Options add the eight dihedral hashes, the reference tool's 512
 * squash, EXIF orientation, and digest columns (placed before the path, which stays last so
 * that paths containing commas still parse). A file that cannot be read or decoded is named on
 * stderr and skipped; the exit status is then 1.
 */
final class HashCommand {

    static final String USAGE = """
            usage: csar-hash [options] FILE|DIR...
              Prints hash,quality,path for every image (directories: recursively, image extensions only).
              --dihedral    eight lines per image: original, rot90, rot180, rot270, flipx, flipy, flipplus1, flipminus1
              --squash512   compatibility with the reference tool pdq-photo-hasher (squash to 512x512 first)
              --exif        apply the EXIF orientation before hashing (default: ignore it, like the reference)
              --md5 --sha1 --sha256   add digest columns: hash,quality,md5,sha1,sha256,path (in that order)
              --threads N   parallel workers (default: number of CPUs)""";

    static final Set<String> IMAGE_EXTENSIONS = Set.of("jpg", "jpeg", "jpe", "png", "gif", "bmp", "webp");

    private final PrintStream out;
    private final PrintStream err;

    HashCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        boolean dihedral = false;
        boolean squash = false;
        boolean exif = false;
        boolean md5 = false;
        boolean sha1 = false;
        boolean sha256 = false;
        int threads = Runtime.getRuntime().availableProcessors();
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--dihedral", "--pdqdih" -> dihedral = true;
                case "--squash512" -> squash = true;
                case "--exif" -> exif = true;
                case "--md5" -> md5 = true;
                case "--sha1" -> sha1 = true;
                case "--sha256" -> sha256 = true;
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return DetectionCli.OK;
                }
                case "--threads" -> {
                    if (i + 1 >= args.length) {
                        return usage("--threads needs a number");
                    }
                    try {
                        threads = Integer.parseInt(args[++i]);
                    } catch (NumberFormatException e) {
                        return usage("--threads needs a number, got " + args[i]);
                    }
                    if (threads < 1) {
                        return usage("--threads must be at least 1");
                    }
                }
                case "--" -> {
                    for (i++; i < args.length; i++) {
                        inputs.add(args[i]);
                    }
                }
                default -> {
                    if (a.startsWith("--")) {
                        return usage("unknown option " + a);
                    }
                    inputs.add(a);
                }
            }
        }
        if (inputs.isEmpty()) {
            return usage("no files or directories given");
        }
        boolean failed = false;
        List<Path> files = new ArrayList<>();
        for (String input : inputs) {
            Path p = Paths.get(input);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    files.addAll(walk.filter(Files::isRegularFile).filter(HashCommand::isImageName).sorted()
                            .collect(Collectors.toList()));
                } catch (IOException | RuntimeException e) {
                    err.println("csar-hash: " + p + ": cannot list directory (" + e.getMessage() + ")");
                    failed = true;
                }
            } else {
                files.add(p); // named explicitly: always attempted, and reported if it is not an image
            }
        }
        HashOptions options = new HashOptions(squash, exif);
        Job job = new Job(options, dihedral, md5, sha1, sha256);
        ThreadLocal<PdqFileHasher> hashers = ThreadLocal.withInitial(() -> new PdqFileHasher(options));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "csar-hash");
            t.setDaemon(true);
            return t;
        });
        try {
            // Bounded window: results are printed in input order while later files are being hashed.
            int window = Math.max(4, threads * 4);
            List<Future<Result>> pending = new ArrayList<>();
            int next = 0;
            while (next < files.size() || !pending.isEmpty()) {
                while (next < files.size() && pending.size() < window) {
                    Path f = files.get(next++);
                    pending.add(pool.submit(() -> job.hash(f, hashers.get())));
                }
                Result r = pending.remove(0).get();
                if (r.error != null) {
                    err.println("csar-hash: " + r.error);
                    failed = true;
                } else {
                    out.print(r.lines);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("csar-hash: interrupted");
            return DetectionCli.SOME_FAILED;
        } catch (ExecutionException e) {
            err.println("csar-hash: internal error: " + e.getCause());
            return DetectionCli.SOME_FAILED;
        } finally {
            pool.shutdownNow();
        }
        out.flush();
        return failed ? DetectionCli.SOME_FAILED : DetectionCli.OK;
    }

    static boolean isImageName(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && IMAGE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private int usage(String problem) {
        err.println("csar-hash: " + problem);
        err.println(USAGE);
        return DetectionCli.USAGE;
    }

    private record Result(String lines, String error) {
    }

    private record Job(HashOptions options, boolean dihedral, boolean md5, boolean sha1, boolean sha256) {

        Result hash(Path file, PdqFileHasher hasher) {
            try {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(file);
                } catch (IOException | OutOfMemoryError e) {
                    return new Result(null, file + ": cannot read file (" + ImageDecoder.describe(e) + ")");
                }
                String digests = "";
                if (md5 || sha1 || sha256) {
                    FileDigests d = FileDigests.of(bytes);
                    digests = (md5 ? d.md5() + "," : "") + (sha1 ? d.sha1() + "," : "") + (sha256 ? d.sha256() + "," : "");
                }
                StringBuilder sb = new StringBuilder();
                PdqResult[] results = dihedral ? hasher.hashDihedral(file, bytes)
                        : new PdqResult[] {hasher.hash(file, bytes)};
                for (PdqResult r : results) {
                    sb.append(r.hash().toHex()).append(',').append(r.quality()).append(',').append(digests)
                            .append(file).append('\n');
                }
                return new Result(sb.toString(), null);
            } catch (ImageDecodeException e) {
                return new Result(null, e.getMessage());
            } catch (RuntimeException e) {
                return new Result(null, file + ": cannot hash (" + e + ")");
            }
        }
    }
}
