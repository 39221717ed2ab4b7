package eu.strateg.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.testkit.ExampleStrategies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13.7: the folder of the embedded store goes into H2's URL, where {@code ;} starts settings. A folder name
 * derived from a tenant name must not be able to add any ({@code INIT} runs SQL and, through it, Java code): such a
 * folder is refused before H2 sees it, as is a {@code \} (H2 reads it as a separator: {@code ..\..\x} would leave the
 * folder), and every other character opens a database inside that very folder.
 */
class H2LocationTest {

    @TempDir
    Path root;

    @Test
    void aFolderNameCarryingSettingsIsRefusedBeforeH2SeesIt() throws Exception {
        Path hostile = root.resolve("t;INIT=CREATE TABLE PWNED(X INT);IGNORE_UNKNOWN_SETTINGS=TRUE;Y=");

        assertThatThrownBy(() -> StrategJdbc.h2(hostile)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("contains ';', which the H2 database URL would read as a setting");
        try (Stream<Path> files = Files.list(root)) {
            assertThat(files).as("nothing created beside or in the folder").isEmpty();
        }
        Path inParent = root.resolve("a;INIT=CREATE TABLE PWNED(X INT);IGNORE_UNKNOWN_SETTINGS=TRUE;Y=").resolve("store");
        assertThatThrownBy(() -> StrategJdbc.h2(inParent)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> StrategJdbc.h2(root.resolve("line\nbreak"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("U+000A");
        assertThatThrownBy(() -> StrategJdbc.h2(root.resolve("..\\..\\elsewhere"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("which H2 reads as a folder separator");
        Path file = Files.writeString(root.resolve("a-file"), "x");
        assertThatThrownBy(() -> StrategJdbc.h2(file)).isInstanceOf(ValidationException.class).hasMessageContaining("is a file");
    }

    @Test
    void everyOtherCharacterOpensADatabaseInsideThatFolder() {
        for (String name : List.of("mezery a 'apostrofy' \"uvozovky\"", "x=1&y=2%20$HOME", "~tilde", "tcp:localhost", "mem:x",
                "Žďár nad Sázavou – ŁÓDŹ 🚲", "INIT=RUNSCRIPT FROM 'x.sql'", "..hidden")) {
            Path dir = root.resolve(name);
            Strategy saved;
            try (StrategJdbc db = StrategJdbc.h2(dir)) {
                saved = db.strategies().save(ExampleStrategies.smallTown(), 0);
            }
            assertThat(dir.resolve("strateg.mv.db")).as("the database of folder '%s'", name).isRegularFile();
            try (StrategJdbc again = StrategJdbc.h2(dir)) {
                assertThat(again.strategies().find(saved.id())).contains(saved);
            }
        }
    }
}
