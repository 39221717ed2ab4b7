package eu.strateg.reporting.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessagesTest {

    static final Locale CS = Locale.forLanguageTag("cs");
    static final Locale PL = Locale.forLanguageTag("pl");

    /** Keys without the plural suffix, so that Czech "few" and Polish "many" forms do not count as extra keys. */
    static Set<String> stems(Messages m) {
        return m.keys().stream().map(k -> k.replaceAll("\\.(one|few|many|other)$", "")).collect(Collectors.toSet());
    }

    @Test
    void czechAndPolishBundlesTranslateEveryEnglishKey() {
        Set<String> en = stems(Messages.of(Locale.ENGLISH));
        assertThat(stems(Messages.of(CS))).isEqualTo(en);
        assertThat(stems(Messages.of(PL))).isEqualTo(en);
        // a key only in the base bundle would make the comparison above vacuous: the translations must differ
        assertThat(Messages.of(CS).get("section.summary")).isEqualTo("Shrnutí");
        assertThat(Messages.of(PL).get("section.summary")).isEqualTo("Podsumowanie");
    }

    @Test
    void bundlesAreReadAsUtf8() {
        assertThat(Messages.of(CS).get("status.TARGET_ACHIEVED")).isEqualTo("Cíle dosaženo");
        assertThat(Messages.of(PL).get("status.TARGET_ACHIEVED")).isEqualTo("Cel osiągnięty");
    }

    @Test
    void formatsNumbersAndDatesPerLanguageRegardlessOfTheJvmLocale() {
        // surefire runs with en-US; the Czech text must still use a decimal comma and Czech month names
        Formats cs = Messages.of(CS).formats();
        assertThat(cs.number(new BigDecimal("1234.5"), 1)).isEqualTo("1\u00a0234,5");
        assertThat(cs.date(LocalDate.of(2025, 3, 31))).isEqualTo("31. března 2025");
        assertThat(Messages.of(PL).formats().date(LocalDate.of(2025, 3, 31))).isEqualTo("31 marca 2025");
        assertThat(Messages.of(Locale.ENGLISH).formats().number(new BigDecimal("1234.5"), 1)).isEqualTo("1,234.5");
        assertThat(Messages.of(CS).format("tree.assessable", "1", "2")).isEqualTo("hodnoceno 1 z 2");
    }

    @Test
    void moneyShowsCentsOnlyWhenThereAreAny() {
        Formats en = Messages.of(Locale.ENGLISH).formats();
        Currency czk = Currency.getInstance("CZK");
        assertThat(en.money(new BigDecimal("1500000"), czk)).isEqualTo("1,500,000\u00a0CZK");
        assertThat(en.money(new BigDecimal("1320000.5"), czk)).isEqualTo("1,320,000.50\u00a0CZK");
    }

    @Test
    void missingKeyShowsTheKeyInsteadOfFailing() {
        assertThat(Messages.of(Locale.ENGLISH).get("no.such.key")).isEqualTo("[no.such.key]");
    }

    @Test
    void aUserFileOverridesSingleKeys(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("messages_cs.properties"), "report.title=Zpráva o plnění strategie\n", StandardCharsets.UTF_8);
        Messages m = Messages.of(CS, dir);
        assertThat(m.get("report.title")).isEqualTo("Zpráva o plnění strategie");
        assertThat(m.get("section.summary")).isEqualTo("Shrnutí");
    }
}
