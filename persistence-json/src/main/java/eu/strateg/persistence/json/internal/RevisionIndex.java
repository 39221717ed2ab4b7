package eu.strateg.persistence.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import eu.strateg.core.port.RevisionInfo;
import eu.strateg.core.strategy.LifecycleState;
import eu.strateg.core.validation.Problems;
import eu.strateg.core.validation.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The index of a strategy's folder ({@code index.json}): the strategy id and every saved revision with its save time
 * and lifecycle state, adopted revisions marked. Writing the index is the commit point of a save: a revision file
 * the index does not list does not exist for the repository.
 *
 * <pre>{"schemaVersion": 1, "strategy": "kyjov-2030", "revisions": [
 *   {"revision": 1, "savedAt": "2021-05-03T08:00:00Z", "state": "DRAFT", "adopted": false, "file": "revisions/000001.json"}]}</pre>
 */
public record RevisionIndex(String strategyId, List<RevisionInfo> revisions) {

    public RevisionIndex {
        revisions = List.copyOf(revisions);
    }

    /** The revision file's path relative to the strategy folder, e.g. {@code revisions/000012.json}. */
    public static String fileOf(long revision) {
        return String.format("revisions/%06d.json", revision);
    }

    public long currentRevision() {
        return revisions.isEmpty() ? 0 : revisions.get(revisions.size() - 1).revision();
    }

    public RevisionIndex plus(RevisionInfo info) {
        List<RevisionInfo> more = new ArrayList<>(revisions);
        more.add(info);
        return new RevisionIndex(strategyId, more);
    }

    /** The index in {@code file}, or null when there is none. */
    public static RevisionIndex read(Path file) throws IOException {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JsonSupport.mapper().readTree(in);
        } catch (NoSuchFileException e) {
            return null;
        } catch (JsonProcessingException e) {
            throw JsonSupport.malformed(e).under(file.toString());
        }
        Problems p = new Problems();
        Fields f = Fields.of(root, file.toString(), p);
        if (f == null) {
            throw new ValidationException(p.list());
        }
        f.integer("schemaVersion", 1, 1);
        String id = f.text("strategy");
        List<RevisionInfo> infos = new ArrayList<>();
        for (JsonNode item : f.array("revisions")) {
            Fields r = Fields.of(item, f.path("revisions"), p);
            if (r == null) {
                continue;
            }
            Integer revision = r.integer("revision", 1, Integer.MAX_VALUE);
            if (!r.has("savedAt")) {
                p.add(r.path("savedAt"), "is required");
            }
            Instant savedAt = r.optInstant("savedAt");
            LifecycleState state = r.enumValue("state", LifecycleState.class);
            r.raw("adopted");
            r.raw("file");
            r.finish();
            if (revision != null && revision != infos.size() + 1) {
                p.add(r.path("revision"), "revision %d is out of order: expected %d", revision, infos.size() + 1);
            } else if (revision != null && savedAt != null && state != null) {
                infos.add(new RevisionInfo(revision, savedAt, state));
            }
        }
        f.finish();
        p.throwIfAny();
        return new RevisionIndex(id, infos);
    }

    public void write(OutputStream out) throws IOException {
        try (JsonGenerator g = JsonSupport.factory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("schemaVersion", 1);
            g.writeStringField("strategy", strategyId);
            g.writeArrayFieldStart("revisions");
            for (RevisionInfo r : revisions) {
                g.writeStartObject();
                g.writeNumberField("revision", r.revision());
                g.writeStringField("savedAt", r.savedAt().toString());
                g.writeStringField("state", r.state().name());
                g.writeBooleanField("adopted", r.adopted());
                g.writeStringField("file", fileOf(r.revision()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }
}
