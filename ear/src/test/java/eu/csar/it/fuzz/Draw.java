package eu.csar.it.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The one source of randomness of a fuzz run: every value is drawn from one {@link SplittableRandom}
 * seeded with the run's seed, so the same seed gives the same requests.
 */
final class Draw {

    private final SplittableRandom random;

    Draw(long seed) {
        this.random = new SplittableRandom(seed);
    }

    <T> T from(Gen<T> gen) {
        return gen.next(this);
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** True with the given probability (0..1). */
    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** 0 (inclusive) to {@code bound} (exclusive). */
    int upTo(int bound) {
        return random.nextInt(bound);
    }

    /** {@code min} to {@code max}, both inclusive. */
    int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    /** Any int, with the edge values (0, ±1, min, max) more often than chance would give them. */
    int anyInt() {
        return chance(0.2) ? pick(EDGE_INTS) : random.nextInt();
    }

    long anyLong() {
        return random.nextLong();
    }

    private static final List<Integer> EDGE_INTS = List.of(0, 1, -1, 2, -2, Integer.MAX_VALUE, Integer.MIN_VALUE,
            Integer.MAX_VALUE - 1, Integer.MIN_VALUE + 1);
}
