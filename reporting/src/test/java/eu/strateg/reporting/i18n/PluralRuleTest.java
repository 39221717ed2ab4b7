package eu.strateg.reporting.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Plural forms after the CLDR integer rules (see {@link PluralRule}). */
class PluralRuleTest {

    @Test
    void czechHasOneFewAndOther() {
        PluralRule cs = PluralRule.forLocale(Locale.forLanguageTag("cs"));
        assertThat(cs.select(1)).isEqualTo(PluralCategory.ONE);
        assertThat(cs.select(2)).isEqualTo(PluralCategory.FEW);
        assertThat(cs.select(4)).isEqualTo(PluralCategory.FEW);
        assertThat(cs.select(0)).isEqualTo(PluralCategory.OTHER);
        assertThat(cs.select(5)).isEqualTo(PluralCategory.OTHER);
        assertThat(cs.select(22)).isEqualTo(PluralCategory.OTHER);
    }

    @Test
    void polishHasOneFewAndManyWithTheTeensInMany() {
        PluralRule pl = PluralRule.forLocale(Locale.forLanguageTag("pl"));
        assertThat(pl.select(1)).isEqualTo(PluralCategory.ONE);
        assertThat(pl.select(3)).isEqualTo(PluralCategory.FEW);
        assertThat(pl.select(22)).isEqualTo(PluralCategory.FEW);
        assertThat(pl.select(104)).isEqualTo(PluralCategory.FEW);
        assertThat(pl.select(12)).isEqualTo(PluralCategory.MANY);
        assertThat(pl.select(14)).isEqualTo(PluralCategory.MANY);
        assertThat(pl.select(5)).isEqualTo(PluralCategory.MANY);
        assertThat(pl.select(0)).isEqualTo(PluralCategory.MANY);
        assertThat(pl.select(21)).isEqualTo(PluralCategory.MANY);
    }

    @Test
    void englishHasOneAndOther() {
        PluralRule en = PluralRule.forLocale(Locale.ENGLISH);
        assertThat(en.select(1)).isEqualTo(PluralCategory.ONE);
        assertThat(en.select(0)).isEqualTo(PluralCategory.OTHER);
        assertThat(en.select(2)).isEqualTo(PluralCategory.OTHER);
    }

    @Test
    void messagesPickTheFormForTheCount() {
        Messages cs = Messages.of(Locale.forLanguageTag("cs"));
        assertThat(cs.plural("count.indicators", 1)).isEqualTo("1 indikátor");
        assertThat(cs.plural("count.indicators", 3)).isEqualTo("3 indikátory");
        assertThat(cs.plural("count.indicators", 5)).isEqualTo("5 indikátorů");
        Messages pl = Messages.of(Locale.forLanguageTag("pl"));
        assertThat(pl.plural("count.indicators", 1)).isEqualTo("1 wskaźnik");
        assertThat(pl.plural("count.indicators", 22)).isEqualTo("22 wskaźniki");
        assertThat(pl.plural("count.indicators", 12)).isEqualTo("12 wskaźników");
        assertThat(Messages.of(Locale.ENGLISH).plural("count.indicators", 2)).isEqualTo("2 indicators");
    }
}
