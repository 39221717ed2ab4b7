package eu.strateg.reporting.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.testkit.ExampleStrategies;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The HTML page of a comparison: a table and a strip per indicator, the chosen territory highlighted, labels per language. */
class ComparisonHtmlTest {

    private static Document page(String lang) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ComparisonHtml.write(ComparisonExample.comparison(), ExampleStrategies.ZDAR, Locale.forLanguageTag(lang), out);
        return Jsoup.parse(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void showsTheLatestYearRankedWithTheChosenTerritoryHighlightedInTableAndStrip() throws IOException {
        Document d = page("cs");

        Element waste = d.getElementById("cmp-WASTE-KG");
        // 2023, lower is better: Město 1 170, Město 2 190, Žďár 198.6, Město 3 210, Město 4 230
        Elements rows = waste.select("table.values tbody tr");
        assertThat(rows).extracting(r -> r.select("td").get(0).text() + " " + r.select("td").get(1).text()).containsExactly(
                "1. z 5 Město 1", "2. z 5 Město 2", "3. z 5 Žďár nad Sázavou", "4. z 5 Město 3",
                "5. z 5 " + ComparisonExample.MARKUP_NAME);
        assertThat(waste.select("tr.highlight td").get(1).text()).isEqualTo("Žďár nad Sázavou");
        assertThat(waste.select("tr.highlight td").get(2).text()).isEqualTo("198,6");
        // 205.0 (2022) → 198.6 (2023): −6.4, lower is better
        assertThat(waste.select("tr.highlight td").get(3).text()).isEqualTo("−6,4 od roku 2022, zlepšení");
        // its own strategy's status as of the evaluation date, in a column of its own
        assertThat(waste.select("table.values thead th").last().text()).isEqualTo("Stav");
        assertThat(waste.select("tr.highlight td").get(4).text()).isEqualTo("Na dobré cestě");
        assertThat(rows.get(0).select("td").get(4).text()).isEqualTo("Zhoršení");
        assertThat(d.select("p.note").eachText()).contains("Stav: ukazatele ve vlastní strategii každého území, vyhodnoceno k 31. března 2024");
        assertThat(waste.select("svg.strip circle.dot")).hasSize(4);
        assertThat(waste.select("svg.strip path.highlight title").text()).isEqualTo("Žďár nad Sázavou: 198,6");
        assertThat(waste.select("svg.strip text").eachText()).contains("Žďár nad Sázavou", "170", "230");
        assertThat(waste.select("figcaption").text()).contains("zvýrazněno: Žďár nad Sázavou");
    }

    @Test
    void listsMedianAndQuartilesOfEveryYearAndTheTerritoriesNotCompared() throws IOException {
        Document d = page("cs");

        Element waste = d.getElementById("cmp-WASTE-KG");
        // 2022 sorted 180, 200, 205.0, 220, 240: Q1 200, median 205, Q3 220; 2023 sorted 170, 190, 198.6, 210, 230: Q1 190,
        // median 198.6, Q3 210
        assertThat(waste.select("table.distribution tbody tr")).extracting(Element::text)
                .containsExactly("2022 5 180 200 205 220 240", "2023 5 170 190 198,6 210 230");
        assertThat(waste.select("table.distribution thead th").eachText())
                .containsExactly("Rok", "Území s hodnotou", "Minimum", "Dolní kvartil", "Medián", "Horní kvartil", "Maximum");
        assertThat(waste.select("table.missing tbody tr")).extracting(Element::text)
                .containsExactly("Łódź území tento indikátor nemá");
        Element cycle = d.getElementById("cmp-CYC-KM");
        // Město 4 has no CYC-KM value for 2023: listed with the year; the compared column is per 1,000 inhabitants
        assertThat(cycle.select("table.missing tbody tr")).extracting(Element::text)
                .containsExactly("Łódź území tento indikátor nemá", ComparisonExample.MARKUP_NAME + " 2023 za rok chybí hodnota");
        assertThat(cycle.select("p.note").first().text()).startsWith("km na 1 000 obyvatel");
        // Žďár 6.2 × 1000 / 20,500 = 0.30243…, shown to 4 decimals
        // no earlier CYC-KM value: no change
        assertThat(cycle.select("tr.highlight td")).extracting(Element::text).containsExactly("1. z 4", "Žďár nad Sázavou", "6,2", "0,3024", "",
                "Nutno zrychlit");
    }

    @Test
    void labelsFollowTheLanguageAndNoTextBecomesMarkup() throws IOException {
        Document pl = page("pl");
        Document en = page("en");

        assertThat(pl.select("html").attr("lang")).isEqualTo("pl");
        assertThat(pl.select("h1").text()).isEqualTo("Porównanie jednostek terytorialnych");
        assertThat(pl.select("#cmp-WASTE-KG table.distribution thead th").eachText()).contains("Mediana", "Kwartyl dolny");
        assertThat(en.select("h1").text()).isEqualTo("Comparison of territories");
        assertThat(en.select("#cmp-WASTE-KG tr.highlight td").first().text()).isEqualTo("3 of 5");
        assertThat(en.select("script")).isEmpty();
        assertThat(en.select("#cmp-WASTE-KG table.values tbody tr").last().select("td").get(1).text())
                .isEqualTo(ComparisonExample.MARKUP_NAME);
    }
}
