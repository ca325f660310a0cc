package eu.csar.indicators.application;

import eu.csar.detection.index.HashIndex;
import eu.csar.detection.index.Match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * The PDQ lines of one match batch against one set's {@link HashIndex}: all of them in one
 * {@link HashIndex#queryBatch} call (several times faster than one query per line), or cut into
 * {@code parts} consecutive slices of which all but the first run on {@code executor} while the
 * calling thread runs the first, so that a lone batch uses every core. The answer is the same
 * either way, joined in line order (each slice reads the index as it is when the slice starts: a
 * change landing during the batch may reach some lines only, as with one query per line).
 */
final class PdqBatch {

    /** Below this many queries per slice, the batch search loses more than a second core wins. */
    static final int MIN_SLICE = 128;

    private PdqBatch() {
    }

    /** How many slices for {@code count} queries when {@code busy} batches run on {@code cores} cores. */
    static int parts(int count, int cores, int busy) {
        return Math.max(1, Math.min(cores / Math.max(1, busy), count / MIN_SLICE));
    }

    /** The matches of query {@code i} ({@code words[4i..4i+3]}) at position {@code i}, for {@code count} queries. */
    static List<List<Match>> query(HashIndex index, long[] words, int count, int radius, int parts, Executor executor) {
        if (parts <= 1 || count < 2) {
            return index.queryBatch(words, count, radius);
        }
        int slices = Math.min(parts, count);
        List<Future<List<List<Match>>>> others = new ArrayList<>(slices - 1);
        int first = count / slices;
        for (int s = 1; s < slices; s++) {
            int from = (int) ((long) count * s / slices);
            int to = (int) ((long) count * (s + 1) / slices);
            long[] slice = Arrays.copyOfRange(words, 4 * from, 4 * to);
            FutureTask<List<List<Match>>> task = new FutureTask<>(() -> index.queryBatch(slice, to - from, radius));
            executor.execute(task);
            others.add(task);
        }
        List<List<Match>> out = new ArrayList<>(count);
        out.addAll(index.queryBatch(words, first, radius));
        for (Future<List<List<Match>>> other : others) {
            out.addAll(join(other));
        }
        return out;
    }

    private static List<List<Match>> join(Future<List<List<Match>>> slice) {
        try {
            return slice.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while matching a batch", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("a slice of the batch failed", e.getCause());
        }
    }
}
