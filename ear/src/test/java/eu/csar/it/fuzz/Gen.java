package eu.csar.it.fuzz;

import java.util.List;
import java.util.function.Function;

/**
 * A generator of values of one kind, drawn from the run's {@link Draw}: the same seed gives the same
 * values. {@link #frequency} picks one of several generators by weight.
 */
@FunctionalInterface
interface Gen<T> {

    T next(Draw draw);

    default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
        return draw -> mapper.apply(next(draw));
    }

    /** One of the given values, each as likely as the others. */
    static <T> Gen<T> of(List<T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values to pick from");
        }
        List<T> copy = List.copyOf(values);
        return draw -> draw.pick(copy);
    }

    /** A generator chosen with the given weight among the others. */
    static <T> Weighted<T> weight(int weight, Gen<T> gen) {
        return new Weighted<>(weight, gen);
    }

    /** One of the generators, each chosen in proportion to its weight. */
    @SafeVarargs
    static <T> Gen<T> frequency(Weighted<T>... choices) {
        List<Weighted<T>> all = List.of(choices);
        int total = all.stream().mapToInt(Weighted::weight).sum();
        if (total <= 0) {
            throw new IllegalArgumentException("weights must add up to more than 0");
        }
        return draw -> {
            int roll = draw.upTo(total);
            for (Weighted<T> choice : all) {
                roll -= choice.weight();
                if (roll < 0) {
                    return choice.gen().next(draw);
                }
            }
            throw new IllegalStateException("unreachable");
        };
    }

    record Weighted<T>(int weight, Gen<T> gen) {
        public Weighted {
            if (weight < 0) {
                throw new IllegalArgumentException("negative weight " + weight);
            }
        }
    }
}
