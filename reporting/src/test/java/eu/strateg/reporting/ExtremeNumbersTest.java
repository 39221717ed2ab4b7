package eu.strateg.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.evaluation.StandardEvaluator;
import eu.strateg.core.indicator.Baseline;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.indicator.Target;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.period.Period;
import eu.strateg.core.port.ReportInput;
import eu.strateg.core.port.ReportRenderer;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.testkit.ExampleStrategies;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Extreme but valid numbers do not crash any renderer: values of 10^15 and 10^-12, a series that jumps from 0 to
 * 10^15, a negative base, a flat series equal to its target.
 */
class ExtremeNumbersTest {

    static ReportInput input() {
        Strategy s = ExampleStrategies.smallTown();
        List<Indicator> indicators = new ArrayList<>(s.indicators());
        indicators.add(Indicator.of("HUGE", "Obrovské číslo", "Kč", IndicatorType.RESULT, Direction.INCREASE, Periodicity.ANNUAL)
                .withBaseline(Baseline.of(Period.year(2020), BigDecimal.ZERO)).withTarget(Target.of("1000000000000000", 2030)));
        indicators.add(Indicator.of("TINY", "Nepatrné číslo", "mg", IndicatorType.RESULT, Direction.DECREASE, Periodicity.ANNUAL)
                .withBaseline(Baseline.of(Period.year(2020), new BigDecimal("0.000000000002"))).withTarget(Target.of("0.000000000001", 2030)));
        indicators.add(Indicator.of("NEG", "Saldo", "mil. Kč", IndicatorType.RESULT, Direction.INCREASE, Periodicity.ANNUAL)
                .withBaseline(Baseline.of(Period.year(2020), new BigDecimal("-250.5"))).withTarget(Target.of("-250.5", 2030)));
        List<Element> elements = new ArrayList<>();
        for (Element e : s.elements()) {
            elements.add(e.code().equals("2.1.1") ? e.withIndicators(List.of("WASTE-KG", "HUGE", "TINY", "NEG")) : e);
        }
        Strategy big = s.withContent(elements, indicators, s.projects());
        List<Observation> obs = List.of(Observation.of("HUGE", "2021", "0"), Observation.of("HUGE", "2024", "987654321012345.6"),
                Observation.of("TINY", "2023", "0.0000000000015"), Observation.of("TINY", "2024", "0.0000000000011"),
                Observation.of("NEG", "2023", "-250.5"), Observation.of("NEG", "2024", "-250.5"));
        LocalDate asOf = LocalDate.of(2025, 6, 30);
        return new ReportInput(big, new StandardEvaluator().evaluate(big, obs, asOf), obs, Locale.forLanguageTag("cs"));
    }

    @Test
    void everyFormatRendersExtremeValues() throws Exception {
        ReportInput in = input();
        for (ReportRenderer r : StandardRenderers.all()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            r.render(in, out);
            assertThat(out.size()).as(r.format().id()).isGreaterThan(100);
            if (r.format().id().equals("html")) {
                String html = out.toString(StandardCharsets.UTF_8);
                assertThat(html).doesNotContain("NaN").doesNotContain("Infinity").contains("987\u00a0654\u00a0321\u00a0012\u00a0345,6");
                assertThat(html).contains("\u2212250,5");
            }
        }
    }
}
