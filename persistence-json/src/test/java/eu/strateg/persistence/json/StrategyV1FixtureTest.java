package eu.strateg.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.period.Period;
import eu.strateg.core.project.Project;
import eu.strateg.core.strategy.LifecycleState;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.territory.CodeScheme;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 6: a document written in schema version 1 stays readable, whatever the format becomes. The fixture
 * {@code src/test/resources/fixtures/strategy-v1.json} must never be edited; the expected values below are read off
 * that file by eye.
 */
class StrategyV1FixtureTest {

    private static Strategy readFixture() throws IOException {
        try (InputStream in = StrategyV1FixtureTest.class.getResourceAsStream("/fixtures/strategy-v1.json")) {
            return StrategyJson.create().read(in);
        }
    }

    @Test
    void theV1FixtureIsReadWithEveryPart() throws IOException {
        Strategy s = readFixture();

        assertThat(s.id().value()).isEqualTo("kyjov-2030");
        assertThat(s.revision()).isEqualTo(3);
        assertThat(s.territory().code().scheme()).isEqualTo(CodeScheme.CZ_ZUJ);
        assertThat(s.territory().code().code()).isEqualTo("586307");
        assertThat(s.territory().parent().code()).isEqualTo("CZ064");
        assertThat(s.period().fromYear()).isEqualTo(2021);
        assertThat(s.period().toYear()).isEqualTo(2030);
        assertThat(s.lifecycle().state()).isEqualTo(LifecycleState.ADOPTED);
        assertThat(s.lifecycle().adoptedOn()).isEqualTo(LocalDate.of(2021, 6, 24));
        assertThat(s.levelNames()).containsExactly("Prioritní oblast", "Cíl", "Opatření", "Aktivita");
        assertThat(s.elements()).hasSize(8);
        assertThat(s.element("1.1.1.1").orElseThrow().parentCode()).isEqualTo("1.1.1");
        assertThat(s.element("1.1.2").orElseThrow().weight()).isEqualTo(new BigDecimal("0.5"));
        assertThat(s.element("1.1.1").orElseThrow().links()).singleElement()
                .satisfies(l -> assertThat(l.key()).isEqualTo("strategy:jihomoravsky-kraj-2030/3.2"));
        assertThat(s.indicators()).hasSize(5);
        assertThat(s.projects()).hasSize(2);
    }

    @Test
    void theV1FixturesNumbersKeepTheirExactScale() throws IOException {
        Strategy s = readFixture();

        Indicator satisfaction = s.indicator("SPOKOJ").orElseThrow();
        assertThat(satisfaction.baseline().value()).isEqualTo(new BigDecimal("92.10"));
        assertThat(satisfaction.baseline().period()).isEqualTo(Period.quarter(2021, 2));
        assertThat(satisfaction.naturalLimit()).isEqualTo(new BigDecimal("100"));
        Indicator cycling = s.indicator("CYK-KM").orElseThrow();
        assertThat(cycling.milestones()).singleElement().satisfies(m -> assertThat(m.value()).isEqualTo(new BigDecimal("6.0")));
        Project path = s.project("P-01").orElseThrow();
        assertThat(path.budget().get(0).actual().amount()).isEqualTo(new BigDecimal("2215400.50"));
        assertThat(path.budget().get(1).actual()).isNull();
        assertThat(path.actual().end()).isNull();
    }

    @Test
    void theV1FixtureWrittenAgainReadsEqual() throws IOException {
        Strategy s = readFixture();
        StrategyJson json = StrategyJson.create();

        assertThat(json.fromJson(json.toJson(s))).isEqualTo(s);
    }
}
