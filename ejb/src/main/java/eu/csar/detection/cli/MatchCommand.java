package eu.csar.detection.cli;

import eu.csar.detection.index.HashIndex;
import eu.csar.detection.index.Match;
import eu.csar.detection.pdq.PdqHash;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code csar-match}: matches a file of hashes against a file of indicator hashes at a radius
 * and prints one CSV line per match,
 * {@code query_hash,indicator_hash,distance,query_label,indicator_label}, ordered by query line
 * then distance. Input lines are {@code hash[,quality[,label]]} (the output of
 * {@code csar-hash}) or a bare hash; blank lines and lines starting with {@code #} are skipped.
 * Labels are CSV-quoted when needed. A malformed line is named on stderr and skipped; the exit
 * status is then 1.
 */
final class MatchCommand {

    static final String USAGE = """
            usage: csar-match [--radius R] [--min-quality Q] HASHES INDICATORS
              Prints query_hash,indicator_hash,distance,query_label,indicator_label for every pair within R.
              --radius R        Hamming radius, default 31 (the PDQ match threshold)
              --min-quality Q   ignore hashes (on both sides) whose quality column is below Q (PDQ trusts >= 50)""";

    private final PrintStream out;
    private final PrintStream err;
    private boolean malformed;

    MatchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** One parsed input line. */
    record Entry(PdqHash hash, int quality, String label) {
    }

    int run(String[] args) {
        int radius = HashIndex.DEFAULT_RADIUS;
        int minQuality = 0;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--radius") || a.equals("--min-quality")) {
                if (i + 1 >= args.length) {
                    return usage(a + " needs a number");
                }
                int v;
                try {
                    v = Integer.parseInt(args[++i]);
                } catch (NumberFormatException e) {
                    return usage(a + " needs a number, got " + args[i]);
                }
                if (v < 0 || (a.equals("--radius") && v > 256)) {
                    return usage(a + " out of range: " + v);
                }
                if (a.equals("--radius")) {
                    radius = v;
                } else {
                    minQuality = v;
                }
            } else if (a.equals("-h") || a.equals("--help")) {
                out.println(USAGE);
                return DetectionCli.OK;
            } else if (a.startsWith("--")) {
                return usage("unknown option " + a);
            } else {
                files.add(a);
            }
        }
        if (files.size() != 2) {
            return usage("expected two files: HASHES INDICATORS");
        }
        List<Entry> queries;
        List<Entry> indicators;
        try {
            queries = read(Paths.get(files.get(0)), minQuality);
            indicators = read(Paths.get(files.get(1)), minQuality);
        } catch (IOException e) {
            err.println("csar-match: cannot read " + e.getMessage());
            return DetectionCli.SOME_FAILED;
        }
        long[] ids = new long[indicators.size()];
        long[] words = new long[4 * indicators.size()];
        for (int i = 0; i < indicators.size(); i++) {
            ids[i] = i;
            PdqHash h = indicators.get(i).hash();
            for (int w = 0; w < 4; w++) {
                words[4 * i + w] = h.word(w);
            }
        }
        HashIndex index = HashIndex.build(ids, words, indicators.size());
        List<List<Match>> results = index.queryAllParallel(queries.stream().map(Entry::hash).toList(), radius);
        StringBuilder sb = new StringBuilder();
        for (int q = 0; q < queries.size(); q++) {
            Entry query = queries.get(q);
            for (Match m : results.get(q)) {
                Entry ind = indicators.get((int) m.id());
                sb.setLength(0);
                sb.append(query.hash().toHex()).append(',').append(ind.hash().toHex()).append(',').append(m.distance())
                        .append(',').append(csv(query.label())).append(',').append(csv(ind.label()));
                out.println(sb);
            }
        }
        out.flush();
        return malformed ? DetectionCli.SOME_FAILED : DetectionCli.OK;
    }

    private List<Entry> read(Path file, int minQuality) throws IOException {
        List<Entry> entries = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new IOException(file + " (" + e.getMessage() + ")", e);
        }
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Entry e = parse(line);
            if (e == null) {
                err.println("csar-match: " + file + ":" + (n + 1) + ": not a PDQ hash line: " + abbreviate(line));
                malformed = true;
            } else if (e.quality() >= minQuality) {
                entries.add(e);
            }
        }
        return entries;
    }

    /** {@code hash}, {@code hash,label}, {@code hash,quality} or {@code hash,quality,label}; null if malformed. */
    static Entry parse(String line) {
        String[] f = line.split(",", 3);
        PdqHash hash;
        try {
            hash = PdqHash.fromHex(f[0].strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (f.length == 1) {
            return new Entry(hash, 100, "");
        }
        try {
            int quality = Integer.parseInt(f[1].strip());
            return new Entry(hash, quality, f.length == 3 ? f[2] : "");
        } catch (NumberFormatException e) {
            return new Entry(hash, 100, line.substring(line.indexOf(',') + 1));
        }
    }

    static String csv(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    private int usage(String problem) {
        err.println("csar-match: " + problem);
        err.println(USAGE);
        return DetectionCli.USAGE;
    }
}
