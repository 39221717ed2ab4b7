package eu.strateg.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.UpsertResult;
import eu.strateg.core.port.TerritoryScope;
import eu.strateg.core.territory.TerritoryCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who changed what and when: one JSON line per change in {@code audit.jsonl} in the data folder, appended and forced to
 * disk before the change is answered, never rewritten. Each line holds {@code at} (an instant), {@code account},
 * {@code action} (e.g. {@code strategy.save}, {@code strategy.adopt}, {@code observations.record}, {@code token.issue},
 * {@code login.refuse}, {@code account.save}), the {@code territory} and {@code strategy} it concerns when there is one,
 * and a short {@code detail} (a revision, counts); never a password, a token or a body.
 */
public final class AuditLog {

    /** The file name in the data folder. */
    public static final String FILE = "audit.jsonl";

    private final Path file;
    private final Clock clock;

    /**
     * The audit log of a data folder.
     *
     * @param dataDirectory the data folder
     * @param clock stamps the entries
     */
    public AuditLog(Path dataDirectory, Clock clock) {
        this.file = dataDirectory.resolve(FILE);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Appends an entry.
     *
     * @param account who did it
     * @param action what was done
     * @param territory the territory concerned, or null
     * @param strategy the strategy id concerned, or null
     * @param detail a short description, or null
     */
    public void record(String account, String action, TerritoryCode territory, String strategy, String detail) {
        record(account, action, territory, strategy, detail, null);
    }

    /**
     * Appends an entry with more members, e.g. for {@code observations.record}: {@code started}, the instant the values
     * began to be stored, and {@code values}, the periods of each indicator the request carried
     * ({@code {"ENERGY_MWH":["2023","2024"]}}), from which the history of a value tells who recorded each version.
     *
     * @param account who did it
     * @param action what was done
     * @param territory the territory concerned, or null
     * @param strategy the strategy id concerned, or null
     * @param detail a short description, or null
     * @param extra members to add, or null
     */
    public synchronized void record(String account, String action, TerritoryCode territory, String strategy, String detail, ObjectNode extra) {
        ObjectNode entry = JsonFiles.MAPPER.createObjectNode().put("at", clock.instant().toString()).put("account", account).put("action", action);
        if (territory != null) {
            entry.put("territory", territory.toString());
        }
        if (strategy != null) {
            entry.put("strategy", strategy);
        }
        if (detail != null) {
            entry.put("detail", detail);
        }
        if (extra != null) {
            entry.setAll(extra);
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                channel.write(ByteBuffer.wrap((JsonFiles.MAPPER.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the audit log " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The entries of the observations of one strategy ({@code observations.record}, {@code observations.fetch}), oldest
     * first.
     *
     * @param strategy the strategy id
     * @return the entries
     */
    public synchronized List<JsonNode> observationsOf(String strategy) {
        List<JsonNode> out = new java.util.ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode entry = JsonFiles.MAPPER.readTree(line);
                if (strategy.equals(entry.path("strategy").asText(null)) && entry.path("action").asText().startsWith("observations.")) {
                    out.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit log " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * The latest entries a scope may see, oldest first: with {@code everything}, all; otherwise those of a territory in
     * the scope (entries of no territory, such as logins, are the administrator's to see).
     *
     * @param scope the territories of the reader
     * @param everything whether the reader sees every entry (an administrator)
     * @param limit the most entries returned (the latest ones)
     * @return the entries
     */
    public synchronized List<JsonNode> read(TerritoryScope scope, boolean everything, int limit) {
        Deque<JsonNode> latest = new ArrayDeque<>();
        if (!Files.exists(file)) {
            return List.of();
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode entry = JsonFiles.MAPPER.readTree(line);
                if (everything || entry.hasNonNull("territory") && scope.allows(TerritoryCode.parse(entry.get("territory").asText()))) {
                    latest.addLast(entry);
                    if (latest.size() > limit) {
                        latest.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit log " + file + ": " + e.getMessage(), e);
        }
        return List.copyOf(latest);
    }

    /**
     * What the audit entry keeps for the history of values: when storing began, and the periods of each indicator the
     * request carried (none when it changed nothing).
     */
    public static ObjectNode carried(Instant started, List<Observation> observations, UpsertResult r) {
        ObjectNode extra = JsonFiles.MAPPER.createObjectNode().put("started", started.toString());
        if (r.inserted() + r.corrected() == 0) {
            return extra;
        }
        Map<String, Set<String>> periods = new TreeMap<>();
        for (Observation o : observations) {
            periods.computeIfAbsent(o.indicatorCode(), k -> new TreeSet<>()).add(o.period().toString());
        }
        ObjectNode values = extra.putObject("values");
        periods.forEach((code, list) -> list.forEach(values.putArray(code)::add));
        return extra;
    }
}
