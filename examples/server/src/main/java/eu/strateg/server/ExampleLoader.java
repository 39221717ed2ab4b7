package eu.strateg.server;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.port.TerritoryScope;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.examples.data.ExampleData;
import eu.strateg.persistence.json.StrategyJson;
import eu.strateg.persistence.json.csv.ObservationCsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Loads the example strategies (Kyjov, Niepołomice) of strateg-examples, adopted, with their observations, as the CLI's
 * demo does; a strategy already stored is left as it is (its observations are upserted, which changes nothing the
 * second time). Each goes through the scope of its own territory.
 */
final class ExampleLoader {

    private ExampleLoader() {
    }

    /** Loads the examples into the backend; returns the strategies now stored. */
    static List<Strategy> load(Backend backend) {
        List<Strategy> loaded = new ArrayList<>();
        for (ExampleData.Example example : ExampleData.all()) {
            String id = example.strategy().id().value();
            Strategy document;
            List<Observation> observations = new ArrayList<>();
            try (InputStream json = resource(id + ".json"); InputStream csv = resource(id + "-observations.csv")) {
                document = StrategyJson.create().read(json);
                ObservationCsvReader.open(csv).readAll(observations::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the example " + id, e);
            }
            Backend.Services services = backend.scoped(TerritoryScope.of(Set.of(document.territory().code())));
            Strategy current = services.strategies().history(document.id()).isEmpty() ? null : services.strategies().current(document.id());
            if (current == null) {
                Strategy created = services.strategies().create(document);
                current = services.strategies().adopt(created.id(), created.revision(), example.adoptedOn(), example.resolution());
            }
            services.observations().record(current.id(), observations);
            backend.territories().register(current.territory());
            loaded.add(current);
        }
        return loaded;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = ExampleData.class.getResourceAsStream("/examples/" + name);
        if (in == null) {
            throw new IOException("the example file examples/" + name + " is missing from the classpath");
        }
        return in;
    }
}
