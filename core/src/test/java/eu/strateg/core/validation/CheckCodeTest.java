package eu.strateg.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.testkit.property.Gen;
import eu.strateg.testkit.property.Property;
import org.junit.jupiter.api.Test;

/** {@link Check#isCode} is the loop form of the documented {@link Check#CODE} pattern: they agree on every string. */
class CheckCodeTest {

    /** Code characters, with some that are not (space, '/', 'ř', '..', control), lengths around the 64 limit. */
    private static final Gen<String> CODE_LIKE = Gen.strings("aZ09._-" + " /ř\u0001:", 0, 70);

    @Test
    void loopAgreesWithTheCodePattern() {
        Property.forAll(3000, CODE_LIKE, value -> assertThat(Check.isCode(value)).as("'%s'", value).isEqualTo(Check.CODE.matcher(value).matches()));
    }

    @Test
    void boundariesOfTheRule() {
        assertThat(Check.isCode("a")).isTrue();
        assertThat(Check.isCode("1.2.3")).isTrue();
        assertThat(Check.isCode("x".repeat(64))).isTrue();
        assertThat(Check.isCode("x".repeat(65))).isFalse();
        assertThat(Check.isCode("")).isFalse();
        assertThat(Check.isCode(".a")).isFalse();
        assertThat(Check.isCode("-a")).isFalse();
        assertThat(Check.isCode("a b")).isFalse();
        assertThat(Check.isCode("ř")).isFalse();
    }
}
