package eu.strateg.testkit.property;

import java.util.Random;

/**
 * Property tests for plain JUnit 5: a check run on a number of cases drawn from a {@link Gen}, with a seeded
 * {@link Random}. When a case fails, the error names the try, the seed and the case, so that
 * {@code -Dstrateg.property.seed=<seed>} gives the same cases again. There is no shrinking: generators should keep
 * their cases small enough to read.
 *
 * <pre>{@code
 * @Test
 * void formatThenParseGivesTheSamePeriod() {
 *     Property.forAll(2000, PERIODS, p -> assertThat(Period.parse(p.toString())).isEqualTo(p));
 * }
 * }</pre>
 */
public final class Property {

    /** The system property that sets the seed; {@code random} draws a new one for each property. */
    public static final String SEED_PROPERTY = "strateg.property.seed";

    /** The seed when {@value #SEED_PROPERTY} is not set: every build tries the same cases. */
    public static final long DEFAULT_SEED = 20_261_203L;

    /** A failing case is printed up to this many characters. */
    static final int MAX_CASE_CHARS = 20_000;

    private Property() {
    }

    /**
     * A check on one case; it fails by throwing (an {@link AssertionError} or any other exception).
     *
     * @param <T> the type of the case
     */
    @FunctionalInterface
    public interface Check<T> {
        /**
         * Checks one case.
         *
         * @param value the case
         * @throws Exception when the case fails
         */
        void check(T value) throws Exception;
    }

    /**
     * Runs a check on {@code tries} cases.
     *
     * @param tries how many cases to try
     * @param gen the generator of the cases
     * @param check the check
     * @param <T> the type of the cases
     * @throws AssertionError naming the try, the seed and the case, with the failure as its cause, when a case fails
     */
    public static <T> void forAll(int tries, Gen<T> gen, Check<? super T> check) {
        long seed = seed();
        Random random = new Random(seed);
        for (int i = 1; i <= tries; i++) {
            T value = gen.next(random);
            try {
                check.check(value);
            } catch (Exception | AssertionError e) {
                throw new AssertionError(String.format("property failed at try %d of %d with seed %d (rerun with -D%s=%d)%ncase: %s%n%s",
                        i, tries, seed, SEED_PROPERTY, seed, describe(value), e), e);
            }
        }
    }

    /**
     * The seed of the next property: {@value #SEED_PROPERTY} if set (a number, or {@code random}), else
     * {@link #DEFAULT_SEED}.
     *
     * @return the seed
     */
    public static long seed() {
        String value = System.getProperty(SEED_PROPERTY);
        if (value == null || value.isBlank()) {
            return DEFAULT_SEED;
        }
        if (value.strip().equals("random")) {
            return new Random().nextLong();
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + SEED_PROPERTY + "=" + value + " is not a number (nor 'random')", e);
        }
    }

    static String describe(Object value) {
        String s = String.valueOf(value);
        return s.length() <= MAX_CASE_CHARS ? s : s.substring(0, MAX_CASE_CHARS) + "… (" + (s.length() - MAX_CASE_CHARS) + " more characters)";
    }
}
