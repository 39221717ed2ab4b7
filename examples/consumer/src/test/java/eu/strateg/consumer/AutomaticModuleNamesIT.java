package eu.strateg.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Each Strateg jar a consumer gets names its module (what {@code jar --describe-module --file} reads): runs after
 * {@code package}, when the class path holds the jars themselves.
 */
class AutomaticModuleNamesIT {

    @Test
    void everyStrategJarOnTheClassPathHasItsAutomaticModuleName() {
        Map<String, String> names = new TreeMap<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            String file = path.getFileName().toString();
            if (file.startsWith("strateg-") && !file.startsWith("strateg-consumer-test") && file.endsWith(".jar")) {
                ModuleReference module = ModuleFinder.of(path).findAll().iterator().next();
                names.put(file.replaceAll("-\\d.*", ""), module.descriptor().name());
            }
        }
        assertThat(names).containsExactlyInAnyOrderEntriesOf(Map.of(
                "strateg-core", "eu.strateg.core",
                "strateg-persistence-json", "eu.strateg.persistence.json",
                "strateg-persistence-jdbc", "eu.strateg.persistence.jdbc",
                "strateg-reporting", "eu.strateg.reporting",
                "strateg-micronaut", "eu.strateg.micronaut"));
    }
}
