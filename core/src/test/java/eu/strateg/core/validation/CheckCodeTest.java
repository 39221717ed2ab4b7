package eu.strateg.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link Check#isCode} is the loop form of the documented {@link Check#CODE} pattern: they agree on every string. */
class CheckCodeTest {

    @Property(tries = 3000)
    void loopAgreesWithTheCodePattern(@ForAll("codeLike") String value) {
        assertThat(Check.isCode(value)).as("'%s'", value).isEqualTo(Check.CODE.matcher(value).matches());
    }

    @Provide
    Arbitrary<String> codeLike() {
        // mostly code characters, with some that are not (space, '/', 'ř', '..', control), lengths around the 64 limit
        return Arbitraries.strings().withChars("aZ09._-").withChars(" /ř\u0001:").ofMinLength(0).ofMaxLength(70);
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
