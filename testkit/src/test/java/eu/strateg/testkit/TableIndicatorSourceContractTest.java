package eu.strateg.testkit;

import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationStatus;
import eu.strateg.core.period.Period;
import eu.strateg.core.port.IndicatorSource;
import eu.strateg.core.strategy.Strategy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The contract run against the smallest possible source: a fixed table of values by variable. */
class TableIndicatorSourceContractTest extends IndicatorSourceContract {

    private static final Instant RETRIEVED = Instant.parse("2026-03-01T08:00:00Z");
    private static final Map<String, Map<Integer, String>> TABLE = Map.of(
            "pop", Map.of(2021, "21001", 2022, "20950"),
            "waste", Map.of(2022, "198.7"));

    /** Answers from {@link #TABLE} for indicators whose source is {@code table:<variable>}. */
    private static final class TableSource implements IndicatorSource {

        @Override
        public String name() {
            return "table";
        }

        @Override
        public Batch fetch(Strategy strategy) {
            List<Observation> out = new ArrayList<>();
            for (Indicator i : strategy.indicators()) {
                if (i.source() != null && i.source().startsWith("table:")) {
                    String variable = i.source().substring("table:".length());
                    TABLE.getOrDefault(variable, Map.of()).forEach((year, value) -> out.add(new Observation(i.code(), Period.year(year),
                            new BigDecimal(value), null, ObservationStatus.FINAL, "table " + variable, null, RETRIEVED)));
                }
            }
            return new Batch(out, "a fixed table", RETRIEVED);
        }
    }

    @Override
    protected IndicatorSource newSource() {
        return new TableSource();
    }

    @Override
    protected Strategy strategy() {
        Strategy s = ExampleStrategies.smallTown();
        return s.withIndicators(s.indicators().stream().map(i -> switch (i.code()) {
            case "POP" -> i.withDetails(i.description(), "table:pop", null, 0);
            case "WASTE-KG" -> i.withDetails(i.description(), "table:waste", null, 1);
            default -> i;
        }).toList());
    }
}
