package eu.strateg.reporting.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 13.11: when the target equals the base value, open-sdg's required growth rate is 0 and its progress value
 * is +∞ or −∞ (spec/evaluation.md §1, reproduced deliberately); the explanation then says ∞ instead of leaving the
 * number out. NaN (no number) still prints nothing.
 */
class FormatsInfinityTest {

    @Test
    void infiniteNumbersAndSharesPrintAsInfinityInEveryLanguage() {
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("cs"), Locale.forLanguageTag("pl")}) {
            Formats f = new Formats(l);
            assertThat(f.number(Double.POSITIVE_INFINITY, 4)).isEqualTo("∞");
            assertThat(f.number(Double.NEGATIVE_INFINITY, 4)).isEqualTo("−∞");
            assertThat(f.percent(Double.POSITIVE_INFINITY, 0)).isEqualTo("∞");
            assertThat(f.percent(Double.NEGATIVE_INFINITY, 1)).isEqualTo("−∞");
            assertThat(f.number(Double.NaN, 2)).isEmpty();
            assertThat(f.percent((Double) null, 0)).isEmpty();
        }
    }
}
