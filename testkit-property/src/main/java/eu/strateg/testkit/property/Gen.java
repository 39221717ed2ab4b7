package eu.strateg.testkit.property;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * A generator of test cases: one value from a {@link Random}. Generators of numbers give the ends of their range
 * (and zero, one, minus one when inside it) now and then, as edge cases; lists and sets are sometimes empty.
 *
 * @param <T> the type of the generated values
 */
@FunctionalInterface
public interface Gen<T> {

    /** One in this many values of a number generator is an edge case. */
    int EDGE_ONE_IN = 16;

    /**
     * Generates one value.
     *
     * @param random the source of randomness, seeded by {@link Property}
     * @return a value
     */
    T next(Random random);

    /**
     * A generator of the values of this one, changed by a function.
     *
     * @param f the change
     * @param <R> the type of the changed values
     * @return the new generator
     */
    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return r -> f.apply(next(r));
    }

    /**
     * Lists of values of this generator, of a size between two bounds (the lower one more often).
     *
     * @param minSize the smallest size
     * @param maxSize the largest size
     * @return the generator of lists
     */
    default Gen<List<T>> list(int minSize, int maxSize) {
        Gen<Integer> sizes = ints(minSize, maxSize);
        return r -> {
            int n = sizes.next(r);
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(next(r));
            }
            return out;
        };
    }

    /**
     * Lists of zero to {@code maxSize} values of this generator.
     *
     * @param maxSize the largest size
     * @return the generator of lists
     */
    default Gen<List<T>> list(int maxSize) {
        return list(0, maxSize);
    }

    /**
     * Sets of zero to {@code maxSize} distinct values of this generator (fewer when the generator repeats itself).
     *
     * @param maxSize the largest size
     * @return the generator of sets, in the order of generation
     */
    default Gen<Set<T>> set(int maxSize) {
        Gen<Integer> sizes = ints(0, maxSize);
        return r -> {
            int n = sizes.next(r);
            Set<T> out = new LinkedHashSet<>();
            for (int i = 0; i < n * 4 && out.size() < n; i++) {
                out.add(next(r));
            }
            return out;
        };
    }

    /**
     * Integers from {@code min} to {@code max}, both included.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the generator
     */
    static Gen<Integer> ints(int min, int max) {
        return longs(min, max).map(Long::intValue);
    }

    /**
     * Longs from {@code min} to {@code max}, both included.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the generator
     */
    static Gen<Long> longs(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("empty range: " + min + " > " + max);
        }
        List<Long> edges = new ArrayList<>(List.of(min, max));
        for (long v : new long[] {0, 1, -1}) {
            if (min <= v && v <= max) {
                edges.add(v);
            }
        }
        return r -> {
            if (r.nextInt(EDGE_ONE_IN) == 0) {
                return edges.get(r.nextInt(edges.size()));
            }
            if (max - min >= 0 && max - min < Long.MAX_VALUE) {
                return min + r.nextLong(max - min + 1);
            }
            long v;
            do {
                v = r.nextLong();
            } while (v < min || v > max);
            return v;
        };
    }

    /**
     * Doubles from {@code min} to {@code max}, both included.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the generator
     */
    static Gen<Double> doubles(double min, double max) {
        return r -> switch (r.nextInt(EDGE_ONE_IN)) {
            case 0 -> min;
            case 1 -> max;
            default -> min + (max - min) * r.nextDouble();
        };
    }

    /**
     * Any finite double: every bit pattern that is finite, numbers with two decimal places of every magnitude, and
     * the edge cases 0, -0, ±1, ±{@link Double#MIN_VALUE}, ±{@link Double#MIN_NORMAL}, ±{@link Double#MAX_VALUE}.
     *
     * @return the generator
     */
    static Gen<Double> finiteDoubles() {
        Gen<Double> edges = of(0.0, -0.0, 1.0, -1.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, -Double.MIN_NORMAL,
                Double.MAX_VALUE, -Double.MAX_VALUE);
        return r -> switch (r.nextInt(EDGE_ONE_IN)) {
            case 0 -> edges.next(r);
            case 1, 2, 3, 4, 5, 6, 7 -> Math.round(r.nextDouble() * Math.pow(10, r.nextInt(18))) / 100.0 * (r.nextBoolean() ? 1 : -1);
            default -> {
                double v;
                do {
                    v = Double.longBitsToDouble(r.nextLong());
                } while (!Double.isFinite(v));
                yield v;
            }
        };
    }

    /**
     * Decimals of every magnitude up to that of {@link Double#MAX_VALUE} (unscaled values of up to 1,024 bits), with
     * zero to two decimal places, and the edge cases 0, 1, -1, 0.01.
     *
     * @return the generator
     */
    static Gen<BigDecimal> decimals() {
        Gen<BigDecimal> edges = of(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE.negate(), new BigDecimal("0.01"));
        return r -> {
            if (r.nextInt(EDGE_ONE_IN) == 0) {
                return edges.next(r);
            }
            BigInteger unscaled = new BigInteger(1 + r.nextInt(1024), r);
            return new BigDecimal(r.nextBoolean() ? unscaled : unscaled.negate(), r.nextInt(3));
        };
    }

    /**
     * Booleans.
     *
     * @return the generator
     */
    static Gen<Boolean> booleans() {
        return Random::nextBoolean;
    }

    /**
     * Strings of characters from an alphabet.
     *
     * @param alphabet the characters to use
     * @param minLength the shortest length
     * @param maxLength the longest length
     * @return the generator
     */
    static Gen<String> strings(String alphabet, int minLength, int maxLength) {
        if (alphabet.isEmpty()) {
            throw new IllegalArgumentException("empty alphabet");
        }
        return strings(r -> alphabet.charAt(r.nextInt(alphabet.length())), minLength, maxLength);
    }

    /**
     * Strings of characters from {@code from} to {@code to}, both included.
     *
     * @param from the smallest character
     * @param to the largest character
     * @param minLength the shortest length
     * @param maxLength the longest length
     * @return the generator
     */
    static Gen<String> strings(char from, char to, int minLength, int maxLength) {
        return strings(r -> (char) (from + r.nextInt(to - from + 1)), minLength, maxLength);
    }

    /**
     * Strings of any UTF-16 code units (including lone surrogates, NUL and noncharacters), up to a length.
     *
     * @param maxLength the longest length
     * @return the generator
     */
    static Gen<String> anyStrings(int maxLength) {
        return strings(Character.MIN_VALUE, Character.MAX_VALUE, 0, maxLength);
    }

    private static Gen<String> strings(Gen<Character> chars, int minLength, int maxLength) {
        Gen<Integer> lengths = ints(minLength, maxLength);
        return r -> {
            int n = lengths.next(r);
            StringBuilder s = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                s.append(chars.next(r).charValue());
            }
            return s.toString();
        };
    }

    /**
     * Always the same value.
     *
     * @param value the value (may be null)
     * @param <T> its type
     * @return the generator
     */
    static <T> Gen<T> just(T value) {
        return r -> value;
    }

    /**
     * One of some values, each as likely.
     *
     * @param values the values (may contain null)
     * @param <T> their type
     * @return the generator
     */
    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return of(Arrays.asList(values));
    }

    /**
     * One of some values, each as likely.
     *
     * @param values the values (may contain null)
     * @param <T> their type
     * @return the generator
     */
    static <T> Gen<T> of(List<T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values to choose from");
        }
        List<T> copy = new ArrayList<>(values);
        return r -> copy.get(r.nextInt(copy.size()));
    }

    /**
     * One of the constants of an enum, each as likely.
     *
     * @param type the enum
     * @param <E> its type
     * @return the generator
     */
    static <E extends Enum<E>> Gen<E> of(Class<E> type) {
        return of(type.getEnumConstants());
    }

    /**
     * A value of one of some generators, each generator as likely.
     *
     * @param gens the generators
     * @param <T> the type of their values
     * @return the generator
     */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        List<Gen<? extends T>> copy = List.of(gens);
        copy.forEach(Objects::requireNonNull);
        return r -> copy.get(r.nextInt(copy.size())).next(r);
    }
}
