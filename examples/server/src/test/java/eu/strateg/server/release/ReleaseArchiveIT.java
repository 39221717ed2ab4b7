package eu.strateg.server.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release a town downloads (issue 15.4): {@code mvn package} built {@code strateg-<version>.zip} and {@code .tar.gz};
 * unpacked in a clean folder, {@code bin/strateg demo} runs with only a Java runtime, in a clean environment (no Maven, no
 * repository, no project on the path), and its output has no ANSI escape codes; {@code bin/strateg serve} starts the server
 * (issue 18.1), which answers its health endpoint on a real port and stops on SIGTERM.
 */
class ReleaseArchiveIT {

    @TempDir
    Path dir;

    private static Path archive(String property) {
        String name = System.getProperty(property);
        assertThat(name).as("system property " + property + " (set by the failsafe configuration)").isNotNull();
        return Path.of(name);
    }

    @Test
    void theZipUnpacksAndRunsTheDemo() throws Exception {
        Path zip = archive("strateg.release.zip");
        assertThat(archive("strateg.release.tar")).exists();
        List<String> names = unzip(zip, dir);
        String base = names.get(0).substring(0, names.get(0).indexOf('/') + 1);
        assertThat(names).contains(base + "bin/strateg", base + "bin/strateg.bat", base + "lib/strateg.jar", base + "lib/strateg-server.jar", base + "README.md",
                base + "examples/kyjov-2030.json", base + "examples/kyjov-2030-observations.csv");
        assertThat(names).anyMatch(n -> n.startsWith(base + "docs/") && n.endsWith(".md"));
        Path home = dir.resolve(base);
        Files.setPosixFilePermissions(home.resolve("bin/strateg"), Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_EXECUTE));
        Path work = Files.createDirectories(dir.resolve("town"));

        Run demo = run(home, work, "demo");
        Run again = run(home, work, "validate", home.resolve("examples/kyjov-2030.json").toString());

        assertThat(demo.exit).as(demo.output).isZero();
        assertThat(demo.output).contains("Kyjov", "Niepołomice", "kyjov-2030.html").doesNotContain("\u001b");
        assertThat(work.resolve("strateg-demo/kyjov-2030.pdf")).exists();
        assertThat(again.exit).as(again.output).isZero();
        assertThat(again.output).contains("valid").doesNotContain("\u001b");
        assertThat(dir.resolve("cache/strateg")).as("the class-data archive of the first run").isNotEmptyDirectory();
    }

    @Test
    void serveStartsTheServerFromTheRelease() throws Exception {
        List<String> names = unzip(archive("strateg.release.zip"), dir);
        Path home = dir.resolve(names.get(0).substring(0, names.get(0).indexOf('/') + 1));
        Files.setPosixFilePermissions(home.resolve("bin/strateg"), Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_EXECUTE));
        Path work = Files.createDirectories(dir.resolve("town"));
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/strateg").toString(), "serve", "--data", "data", "--port", "0")
                .directory(work.toFile()).redirectErrorStream(true);
        cleanEnvironment(pb.environment());
        Process p = pb.start();
        StringBuilder output = new StringBuilder();
        try {
            // the server's output is read on its own thread, so that a server that never starts fails the test in time
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))
                    .lines().forEach(lines::add), "bin/strateg serve output");
            reader.setDaemon(true);
            reader.start();
            URI uri = null;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (uri == null && System.nanoTime() < deadline) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null) {
                    output.append(line).append('\n');
                    Matcher m = STARTED.matcher(line);
                    uri = m.find() ? URI.create(m.group(1)) : null;
                }
            }
            assertThat(uri).as("the start line of bin/strateg serve in:%n%s", output).isNotNull();
            HttpURLConnection health = (HttpURLConnection) uri.resolve("/health").toURL().openConnection();
            health.setConnectTimeout(10_000);
            health.setReadTimeout(30_000);
            assertThat(health.getResponseCode()).isEqualTo(200);
            try (InputStream body = health.getInputStream()) {
                assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).contains("\"status\":\"UP\"", "h2");
            }
            assertThat(work.resolve("data/db")).as("the embedded H2 database in the data folder").isDirectory();
        } finally {
            p.destroy();
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the server stopped on SIGTERM").isTrue();
    }

    private static final Pattern STARTED = Pattern.compile("Strateg server on (http://\\S+) ");

    private record Run(int exit, String output) {
    }

    /** Runs bin/strateg with an environment holding only PATH (for java), HOME and the cache folder. */
    private Run run(Path home, Path work, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/strateg").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
        cleanEnvironment(pb.environment());
        Process p = pb.start();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            out = in.readAllBytes();
        }
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("bin/strateg ended").isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** Only PATH (for java), HOME and the cache folder: no Maven, no repository, no project, no database settings. */
    private void cleanEnvironment(Map<String, String> env) {
        env.clear();
        Path javaBin = Path.of(System.getProperty("java.home"), "bin");
        env.put("PATH", javaBin + ":/usr/bin:/bin");
        env.put("HOME", dir.toString());
        env.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
    }

    private static List<String> unzip(Path zip, Path target) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                Path to = target.resolve(e.getName()).normalize();
                assertThat(to.startsWith(target)).as("entry inside the folder: " + e.getName()).isTrue();
                if (e.isDirectory()) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    Files.copy(in, to);
                }
            }
        }
        names.removeIf(n -> n.endsWith("/"));
        return names;
    }
}
