package eu.strateg.benchmarks.city;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.period.PeriodType;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.persistence.json.StrategyJson;
import eu.strateg.persistence.json.csv.ObservationCsvReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pair 2 reads a real, valid document: what the writers produce reads back to the same strategy and values. */
class CityDatasetTest {

    private static final CityDataset CITY = CityDataset.city();

    @Test
    void cityHas500IndicatorsOfWhich100MonthlyOver20Years() {
        Strategy s = CITY.strategy();
        assertThat(s.indicators()).hasSize(500);
        assertThat(s.indicators().stream().filter(i -> i.periodicity() == Periodicity.MONTHLY)).hasSize(100);
        long monthly = CITY.observations().stream().filter(o -> o.period().type() == PeriodType.MONTH).count();
        long annual = CITY.observations().size() - monthly;
        // 100 × 240 months and 400 × 20 years, less about 1 % of the years left missing by the generator
        assertThat(monthly).isBetween(23_500L, 24_000L);
        assertThat(annual).isBetween(7_850L, 8_000L);
    }

    @Test
    void documentAndCsvReadBackToTheSameStrategyAndObservations() {
        Strategy read = StrategyJson.create().read(new ByteArrayInputStream(CITY.strategyJson()));
        assertThat(read).isEqualTo(CITY.strategy());
        List<Observation> values = new ArrayList<>();
        ObservationCsvReader.open(new ByteArrayInputStream(CITY.observationCsv())).readAll(values::add);
        assertThat(values).isEqualTo(CITY.observations());
    }
}
