package eu.strateg.sources.http;

import eu.strateg.core.port.IndicatorSource;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.testkit.IndicatorSourceContract;
import org.junit.jupiter.api.AfterEach;

/** The testkit's contract for the Eurostat source, against fixture answers of a local server. */
class EurostatIndicatorSourceContractTest extends IndicatorSourceContract {

    private final FixtureServer server = EurostatFixtures.serve(FixtureServer.start());

    @AfterEach
    void stop() {
        server.close();
    }

    @Override
    protected IndicatorSource newSource() {
        return EurostatIndicatorSource.builder().baseUrl(server.base()).settings(BdlFixtures.SETTINGS).clock(BdlFixtures.clock())
                .sleeper(d -> { }).build();
    }

    @Override
    protected Strategy strategy() {
        return EurostatFixtures.vysocina();
    }
}
