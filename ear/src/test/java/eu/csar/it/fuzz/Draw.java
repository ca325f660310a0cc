package eu.csar.it.fuzz;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;

import java.util.List;
import java.util.Random;

/**
 * jqwik's generators driven from a plain JUnit test: every value is drawn from one {@link Random}
 * seeded with the run's seed, so the same seed gives the same requests. Opens a jqwik session (the
 * generators need one outside jqwik's own engine); close it at the end of the run.
 */
final class Draw implements AutoCloseable {

    private static final int GEN_SIZE = 1000;

    private final Random random;

    Draw(long seed) {
        this.random = new Random(seed);
        JqwikSession.start();
    }

    <T> T from(Arbitrary<T> arbitrary) {
        return arbitrary.generator(GEN_SIZE).next(random).value();
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** True with the given probability (0..1). */
    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int upTo(int bound) {
        return random.nextInt(bound);
    }

    @Override
    public void close() {
        JqwikSession.finish();
    }
}
