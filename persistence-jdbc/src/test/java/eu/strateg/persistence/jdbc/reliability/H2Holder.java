package eu.strateg.persistence.jdbc.reliability;

import eu.strateg.persistence.jdbc.StrategJdbc;
import java.nio.file.Path;

/** A child process of {@link H2StoreErrorsTest}: opens the embedded store in the folder given, reports it and holds it open until killed. */
public final class H2Holder {

    private H2Holder() {
    }

    public static void main(String[] args) throws InterruptedException {
        try (StrategJdbc db = StrategJdbc.h2(Path.of(args[0]))) {
            System.out.println("ready " + db.schemaVersion());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
