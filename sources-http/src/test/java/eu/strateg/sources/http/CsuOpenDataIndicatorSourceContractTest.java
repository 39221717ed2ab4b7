package eu.strateg.sources.http;

import eu.strateg.core.port.IndicatorSource;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.testkit.IndicatorSourceContract;
import org.junit.jupiter.api.AfterEach;

/** The testkit's contract for the ČSÚ open-data source, against fixture CSVs of a local server. */
class CsuOpenDataIndicatorSourceContractTest extends IndicatorSourceContract {

    private final FixtureServer server = CsuFixtures.serve(FixtureServer.start());

    @AfterEach
    void stop() {
        server.close();
    }

    @Override
    protected IndicatorSource newSource() {
        return CsuOpenDataIndicatorSource.builder().baseUrl(server.base()).settings(BdlFixtures.SETTINGS).clock(BdlFixtures.clock())
                .sleeper(d -> { }).build();
    }

    @Override
    protected Strategy strategy() {
        return CsuFixtures.kyjov();
    }
}
