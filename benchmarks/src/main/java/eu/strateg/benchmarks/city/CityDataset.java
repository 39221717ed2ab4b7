package eu.strateg.benchmarks.city;

import eu.strateg.benchmarks.national.NationalDataset;
import eu.strateg.benchmarks.national.StrategyColumns;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.period.Period;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.persistence.json.StrategyJson;
import eu.strateg.persistence.json.csv.ObservationCsvWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The city dataset, generated deterministically: one strategy with {@code indicators} indicators (500 by default)
 * and 20 years of data (2005–2024): monthly values for the first {@code monthly} indicators (100 by default, 240
 * values each), annual values for the rest. The definitions come from {@link NationalDataset} (a city is a
 * bigger municipality); the monthly indicators get periodicity MONTHLY and values with two decimal places around
 * the annual trend. Written as the strategy JSON document and the observation CSV by persistence-json's writers.
 */
public final class CityDataset {

    public static final int YEARS = 20;

    private final Strategy strategy;
    private final List<Observation> observations;

    private CityDataset(Strategy strategy, List<Observation> observations) {
        this.strategy = strategy;
        this.observations = observations;
    }

    /** 500 indicators, 100 of them monthly. */
    public static CityDataset city() {
        return generate(NationalDataset.SEED, 500, 100);
    }

    public static CityDataset generate(long seed, int indicators, int monthly) {
        NationalDataset source = new NationalDataset(seed, 1, indicators, YEARS);
        StrategyColumns c = source.columns(0);
        Strategy s = source.strategy(0, c);
        List<Indicator> inds = new ArrayList<>(s.indicators());
        for (int i = 0; i < monthly; i++) {
            Indicator x = inds.get(i);
            inds.set(i, new Indicator(x.code(), x.name(), "Measured every month", x.unit(), x.type(), x.direction(), Periodicity.MONTHLY,
                    x.baseline(), x.target(), x.milestones(), x.naturalLimit(), x.method(), 2, "City open data", x.formula(),
                    "Department " + (i % 7 + 1), x.weight()));
        }
        Strategy city = s.withIndicators(inds).withTitle("Strategie rozvoje statutárního města 2021–2035");
        List<Observation> obs = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(seed);
        for (Observation o : source.observations(c)) {
            int i = Integer.parseInt(o.indicatorCode().substring(1)) - 1;
            if (i >= monthly) {
                obs.add(o);
                continue;
            }
            double annual = o.value().doubleValue();
            for (int m = 1; m <= 12; m++) {
                long hundredths = Math.max(0, Math.round(annual * (0.95 + 0.1 * r.nextDouble()) * 100));
                obs.add(Observation.of(o.indicatorCode(), Period.month(o.period().year(), m), BigDecimal.valueOf(hundredths, 2)));
            }
        }
        return new CityDataset(city, List.copyOf(obs));
    }

    public Strategy strategy() {
        return strategy;
    }

    public List<Observation> observations() {
        return observations;
    }

    /** The strategy JSON document, as {@link StrategyJson} writes it. */
    public byte[] strategyJson() {
        return StrategyJson.create().toBytes(strategy);
    }

    /** The observation CSV, as {@link ObservationCsvWriter} writes it. */
    public byte[] observationCsv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        ObservationCsvWriter.writeAll(observations, out);
        return out.toByteArray();
    }

    /** Writes {@code strategy.json} and {@code observations.csv} into a directory. */
    public void writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve("strategy.json"), strategyJson());
            Files.write(dir.resolve("observations.csv"), observationCsv());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
