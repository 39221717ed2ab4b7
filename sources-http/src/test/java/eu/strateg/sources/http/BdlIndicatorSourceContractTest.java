package eu.strateg.sources.http;

import eu.strateg.core.port.IndicatorSource;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.testkit.IndicatorSourceContract;
import org.junit.jupiter.api.AfterEach;

/** The testkit's contract for the BDL source, against fixture answers of a local server. */
class BdlIndicatorSourceContractTest extends IndicatorSourceContract {

    private final FixtureServer server = BdlFixtures.serve(FixtureServer.start());

    @AfterEach
    void stop() {
        server.close();
    }

    @Override
    protected IndicatorSource newSource() {
        return BdlIndicatorSource.builder().baseUrl(server.base()).settings(BdlFixtures.SETTINGS).clock(BdlFixtures.clock())
                .sleeper(d -> { }).build();
    }

    @Override
    protected Strategy strategy() {
        return BdlFixtures.niepolomice();
    }
}
