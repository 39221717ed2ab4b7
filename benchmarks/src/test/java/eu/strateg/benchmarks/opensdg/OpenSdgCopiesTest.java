package eu.strateg.benchmarks.opensdg;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.persistence.json.opensdg.IndicatorProgress;
import eu.strateg.persistence.json.opensdg.OpenSdgProgress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scale runs' generator: N copies of every indicator, each with the original's result. */
class OpenSdgCopiesTest {

    @TempDir
    Path tmp;

    @Test
    void eachCopyHasTheOriginalsResult() throws IOException {
        Path source = tmp.resolve("source");
        Files.createDirectories(source.resolve("indicator-config"));
        Files.createDirectories(source.resolve("data"));
        Files.createDirectories(source.resolve("translations/en"));
        Files.writeString(source.resolve("indicator-config/1-1-1.yml"), "auto_progress_calculation: true\n");
        Files.writeString(source.resolve("data/indicator_1-1-1.csv"), "Year,Value\n2015,100\n2016,99\n");
        Files.writeString(source.resolve("translations/en/data.yml"), "Year: Year\n");

        int written = OpenSdgCopies.copy(source, tmp.resolve("copy"), 3);

        assertThat(written).isEqualTo(3 + 3 + 1);
        OpenSdgProgress p = OpenSdgProgress.calculate(tmp.resolve("copy"));
        assertThat(p.indicators()).extracting(IndicatorProgress::id).containsExactly("1-1-1-x0", "1-1-1-x1", "1-1-1-x2");
        // 100 → 99, negative by default: P = 0.01 → moderate progress, as the original
        assertThat(p.indicators()).extracting(IndicatorProgress::progressStatus).containsOnly("moderate_progress");
        assertThat(tmp.resolve("copy/translations/en/data.yml")).exists();
    }
}
