package eu.strateg.persistence.json.opensdg;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.validation.Problem;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13.8: the Open SDG import reads only regular files inside the repository, within size limits — a config
 * linked out of the repository, to {@code /dev/zero}, a named pipe, or a sparse 3 GB file is refused at once with a
 * message naming the file, and the other indicators are still read. (The timeout only guards against a hang: a
 * pipe or {@code /dev/zero} that were opened would block or never end.)
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OpenSdgFileSafetyTest {

    @TempDir
    Path tmp;

    private Path repo() throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve("indicator-config"));
        Files.createDirectories(repo.resolve("data"));
        Files.writeString(repo.resolve("indicator-config/1-1-1.yml"), "auto_progress_calculation: true\n");
        Files.writeString(repo.resolve("data/indicator_1-1-1.csv"), "Year,Value\n2015,100\n2016,99\n");
        return repo;
    }

    private static Problem only(OpenSdgProgress p) {
        assertThat(p.indicators()).extracting(IndicatorProgress::id).containsExactly("1-1-1");
        assertThat(p.problems()).hasSize(1);
        return p.problems().get(0);
    }

    @Test
    void aConfigLinkedOutOfTheRepositoryIsRefused() throws IOException {
        Path repo = repo();
        Path outside = Files.writeString(tmp.resolve("secret.yml"), "auto_progress_calculation: true\n", StandardCharsets.UTF_8);
        Files.createSymbolicLink(repo.resolve("indicator-config/2-2-2.yml"), outside);

        Problem p = only(OpenSdgProgress.calculate(repo));

        assertThat(p.path()).isEqualTo("indicator-config/2-2-2.yml");
        assertThat(p.message()).contains("outside").contains("only files inside the repository are read");
    }

    @Test
    void aLinkInsideTheRepositoryIsRead() throws IOException {
        Path repo = repo();
        Files.createSymbolicLink(repo.resolve("indicator-config/2-2-2.yml"), repo.resolve("indicator-config/1-1-1.yml"));

        OpenSdgProgress p = OpenSdgProgress.calculate(repo);

        assertThat(p.indicators()).extracting(IndicatorProgress::id).containsExactly("1-1-1", "2-2-2");
    }

    @Test
    void aConfigLinkedToDevZeroFailsFast() throws IOException {
        Path repo = repo();
        Files.createSymbolicLink(repo.resolve("indicator-config/2-2-2.yml"), Path.of("/dev/zero"));

        Problem p = only(OpenSdgProgress.calculate(repo));

        // /dev/zero is outside the repository and a device: refused before it is opened
        assertThat(p.path()).isEqualTo("indicator-config/2-2-2.yml");
        assertThat(p.message()).contains("/dev/zero");
    }

    @Test
    void aNamedPipeInsideTheRepositoryIsNotOpened() throws IOException, InterruptedException {
        Path repo = repo();
        Process mkfifo = new ProcessBuilder("mkfifo", repo.resolve("data/indicator_2-2-2.csv").toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();
        Files.writeString(repo.resolve("indicator-config/2-2-2.yml"), "auto_progress_calculation: true\n");

        OpenSdgProgress p = OpenSdgProgress.calculate(repo);

        assertThat(p.problems()).extracting(Problem::toString)
                .containsExactly("data/indicator_2-2-2.csv: is not a regular file (a device, pipe or socket): only regular files are read");
        // its indicator is there, without data: not assessable
        assertThat(p.indicators().get(1).progressStatus()).isEqualTo("not_available");
    }

    @Test
    void aSparseThreeGigabyteConfigIsRefusedByItsSizeBeforeItIsRead() throws IOException {
        Path repo = repo();
        try (RandomAccessFile f = new RandomAccessFile(repo.resolve("indicator-config/2-2-2.yml").toFile(), "rw")) {
            f.setLength(3L << 30);
        }

        Problem p = only(OpenSdgProgress.calculate(repo));

        assertThat(p.toString()).isEqualTo("indicator-config/2-2-2.yml: is 3,221,225,472 bytes, more than the limit of 8,388,608 bytes"
                + " for this kind of file");
    }

    @Test
    void aDataFolderLinkedOutOfTheRepositoryIsNotRead() throws IOException {
        Path repo = repo();
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("indicator_2-2-2.csv"), "Year,Value\n2015,1\n");
        Files.writeString(repo.resolve("indicator-config/2-2-2.yml"), "auto_progress_calculation: true\n");
        Files.createSymbolicLink(repo.resolve("data/indicator_2-2-2.csv"), elsewhere.resolve("indicator_2-2-2.csv"));

        Problem p = only2(OpenSdgProgress.calculate(repo));

        assertThat(p.path()).isEqualTo("data/indicator_2-2-2.csv");
        assertThat(p.message()).contains("outside");
    }

    private static Problem only2(OpenSdgProgress p) {
        assertThat(p.indicators()).extracting(IndicatorProgress::id).containsExactly("1-1-1", "2-2-2");
        assertThat(p.problems()).hasSize(1);
        return p.problems().get(0);
    }
}
