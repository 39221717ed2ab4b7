package eu.strateg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13.3 and 13.4: an {@code --out} that names one of the command's inputs is a usage error (exit code 2) that
 * leaves the input as it was; a command that fails while writing leaves the old output file intact and no temporary
 * file behind.
 */
class OutputFileTest {

    @TempDir
    Path dir;

    Path strategy;
    Path observations;
    byte[] strategyBytes;
    byte[] observationBytes;

    @BeforeEach
    void files() throws Exception {
        strategy = CliFixture.strategyFile(dir);
        observations = CliFixture.observationsFile(dir, CliFixture.observations());
        strategyBytes = Files.readAllBytes(strategy);
        observationBytes = Files.readAllBytes(observations);
    }

    @Test
    void aReportOverItsObservationFileIsRefused() throws Exception {
        CliFixture.Run r = CliFixture.run("report", "--strategy", strategy.toString(), "--observations", observations.toString(),
                "--format", "csv", "--out", observations.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--out " + observations + " is one of the command's inputs");
        assertInputsUnchanged();
    }

    @Test
    void aReportOverItsStrategyFileIsRefusedAlsoWhenSpelledDifferently() throws Exception {
        Path sameFile = dir.resolve("sub").resolve("..").resolve(strategy.getFileName());
        Files.createDirectories(dir.resolve("sub"));

        CliFixture.Run r = CliFixture.run("report", "--strategy", strategy.toString(), "--observations", observations.toString(),
                "--format", "json", "--out", sameFile.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("is one of the command's inputs");
        assertInputsUnchanged();
    }

    @Test
    void aReportOverItsInputThroughASymbolicLinkIsRefused() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), observations);

        CliFixture.Run r = CliFixture.run("report", "--strategy", strategy.toString(), "--observations", observations.toString(),
                "--format", "csv", "--out", link.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertInputsUnchanged();
    }

    @Test
    void anEvaluationOverItsInputsIsRefused() throws Exception {
        for (String format : new String[] {"table", "json", "csv"}) {
            for (Path input : new Path[] {strategy, observations}) {
                CliFixture.Run r = CliFixture.run("evaluate", "--strategy", strategy.toString(), "--observations", observations.toString(),
                        "--format", format, "--out", input.toString());

                assertThat(r.exit()).as(format + " over " + input).isEqualTo(2);
                assertThat(r.err()).contains("is one of the command's inputs");
            }
        }
        assertInputsUnchanged();
    }

    @Test
    void openSdgProgressIntoItsOwnRepositoryIsRefused() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo").resolve("data"));
        Path data = Files.writeString(repo.resolve("indicator_1-1-1.csv"), "Year,Value\n2020,1\n");

        CliFixture.Run r = CliFixture.run("opensdg-progress", dir.resolve("repo").toString(), "--out", data.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("lies inside the input folder");
        assertThat(Files.readString(data)).isEqualTo("Year,Value\n2020,1\n");
    }

    @Test
    void aReportIntoItsTemplateFolderIsRefused() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));

        CliFixture.Run r = CliFixture.run("report", "--strategy", strategy.toString(), "--observations", observations.toString(),
                "--format", "html", "--templates", templates.toString(), "--out", templates.resolve("report.peb").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(templates.resolve("report.peb")).doesNotExist();
    }

    @Test
    void aFailingReportLeavesTheOldFileIntact() throws Exception {
        Path out = dir.resolve("report.html");
        Files.writeString(out, "the report of last month", StandardCharsets.UTF_8);
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("report.peb"), "<html>{% include \"no-such-template.peb\" %}</html>");

        CliFixture.Run r = CliFixture.run("report", "--strategy", strategy.toString(), "--observations", observations.toString(),
                "--format", "html", "--templates", templates.toString(), "--out", out.toString());

        assertThat(r.exit()).isNotZero();
        assertThat(Files.readString(out)).isEqualTo("the report of last month");
        assertThat(leftOverTemporaryFiles()).isEmpty();
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path out = dir.resolve("evaluation.json");
        Files.writeString(out, "old", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> OutputFile.write(out, os -> {
            os.write(new byte[200_000]); // more than any buffer: bytes have reached the temporary file
            throw new IOException("the disk is full");
        })).hasMessage("the disk is full");

        assertThat(Files.readString(out)).isEqualTo("old");
        assertThat(leftOverTemporaryFiles()).isEmpty();
    }

    @Test
    void aSuccessfulWriteReplacesTheFileEvenWhenTheContentClosesItsStream() throws Exception {
        Path out = dir.resolve("evaluation.json");
        Files.writeString(out, "old", StandardCharsets.UTF_8);

        OutputFile.write(out, os -> {
            os.write("new".getBytes(StandardCharsets.UTF_8));
            os.close();
        });

        assertThat(Files.readString(out)).isEqualTo("new");
        assertThat(leftOverTemporaryFiles()).isEmpty();
    }

    @Test
    void aGoodReportStillReplacesTheOldFile() throws Exception {
        Path out = dir.resolve("report.csv");
        Files.writeString(out, "old", StandardCharsets.UTF_8);

        CliFixture.Run r = CliFixture.run("report", "--strategy", strategy.toString(), "--observations", observations.toString(),
                "--format", "csv", "--as-of", "2025-03-31", "--out", out.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(out)).startsWith("record,code,");
        assertThat(leftOverTemporaryFiles()).isEmpty();
    }

    private void assertInputsUnchanged() throws IOException {
        assertThat(Files.readAllBytes(strategy)).isEqualTo(strategyBytes);
        assertThat(Files.readAllBytes(observations)).isEqualTo(observationBytes);
        assertThat(leftOverTemporaryFiles()).isEmpty();
    }

    private Stream<Path> leftOverTemporaryFiles() throws IOException {
        return Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".tmp")).toList().stream();
    }
}
