package eu.csar.indicators.application;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Splits an uploaded file into blocks of consecutive lines as it is read (never the whole file in
 * memory), and a stored block back into its lines. Lines end with LF or CRLF; a block's text is its
 * lines joined by LF.
 */
public final class ImportBlocks {

    /** A block: its number, the number of its first line in the file, its lines. */
    public record Block(int number, int firstLine, List<String> lines) {
        public String content() {
            return String.join("\n", lines);
        }
    }

    /** Lines per block: ~1 MB of PDQ lines at most, so reading and storing stay cheap. */
    public static final int LINES_PER_BLOCK = 10_000;

    private ImportBlocks() {
    }

    /** Reads every line and hands each full block (and the last, partial one) to {@code sink}; returns the number of lines. */
    public static int split(BufferedReader reader, int linesPerBlock, Consumer<Block> sink) throws IOException {
        List<String> lines = new ArrayList<>(linesPerBlock);
        int number = 0;
        int total = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            lines.add(line.indexOf('\0') < 0 ? line : line.replace('\0', '\uFFFD')); // PostgreSQL text holds no NUL
            total++;
            if (lines.size() == linesPerBlock) {
                sink.accept(new Block(number++, total - lines.size() + 1, List.copyOf(lines)));
                lines.clear();
            }
        }
        if (!lines.isEmpty()) {
            sink.accept(new Block(number, total - lines.size() + 1, List.copyOf(lines)));
        }
        return total;
    }

    /** The lines of a stored block; {@code count} lines, the last ones possibly empty. */
    public static String[] lines(String content, int count) {
        String[] lines = new String[count];
        int from = 0;
        for (int i = 0; i < count; i++) {
            int end = content.indexOf('\n', from);
            if (end < 0) {
                end = content.length();
            }
            lines[i] = from <= content.length() ? content.substring(Math.min(from, content.length()), end) : "";
            from = end + 1;
        }
        return lines;
    }
}
