package eu.strateg.persistence.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.SeriesKey;
import eu.strateg.core.period.Period;
import eu.strateg.core.validation.ValidationException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One strategy's observations on disk: an append-only JSON Lines log of every version ever stored, read into an
 * in-memory index of versions per series and period.
 *
 * <p>Each upsert appends its new versions followed by a commit line {@code {"commit":<count>}}. Lines after the last
 * commit line (a batch torn by a crash) are ignored when reading and cut off before the next append, so a batch is
 * all or nothing. Not thread-safe: the store serialises access.
 */
public final class ObservationLog {

    /** Identifies one value: a series and a period. */
    public record Key(SeriesKey series, Period period) {
    }

    private static final byte[] COMMIT_PREFIX = "{\"commit\":".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_LINE_BYTES = 1024 * 1024;

    private final Path file;
    private final ObservationLineCodec codec = new ObservationLineCodec();
    private final Map<Key, List<Observation>> versions = new HashMap<>();
    private long committedOffset;
    private long committedLines;

    public ObservationLog(Path file) {
        this.file = file;
    }

    /** The versions per series and period, oldest first, as of the last {@link #refresh()}. Do not modify. */
    public Map<Key, List<Observation>> versions() {
        return versions;
    }

    /** Reads what other writers committed since the last refresh. */
    public void refresh() throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() <= committedOffset) {
                return;
            }
            channel.position(committedOffset);
            readFrom(Channels.newInputStream(channel));
        } catch (NoSuchFileException e) {
            // nothing stored yet
        }
    }

    private void readFrom(InputStream in) throws IOException {
        ByteLines lines = new ByteLines(in, MAX_LINE_BYTES);
        RowProblems problems = new RowProblems(20);
        List<Observation> pending = new ArrayList<>();
        long base = committedOffset;
        while (lines.next()) {
            long lineNo = committedLines + lines.number();
            if (lines.tooLong() || !lines.terminated()) {
                break;
            }
            if (startsWith(lines.bytes(), lines.length(), COMMIT_PREFIX)) {
                long declared = commitCount(lines, lineNo, problems);
                if (declared != pending.size()) {
                    problems.add(lineNo, "", "the commit line counts " + declared + " observations, the batch has " + pending.size());
                    break;
                }
                pending.forEach(this::apply);
                pending.clear();
                committedOffset = base + lines.endOffset();
                committedLines = lineNo;
            } else {
                Observation o = codec.read(lines.bytes(), lines.length(), lineNo, problems);
                if (o != null) {
                    pending.add(o);
                }
            }
            if (!problems.isEmpty()) {
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems.asList()).under(file.toString());
        }
    }

    private static long commitCount(ByteLines lines, long lineNo, RowProblems problems) {
        String text = new String(lines.bytes(), COMMIT_PREFIX.length, lines.length() - COMMIT_PREFIX.length - 1, StandardCharsets.US_ASCII);
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            problems.add(lineNo, "", "is not a valid commit line");
            return -1;
        }
    }

    private static boolean startsWith(byte[] bytes, int length, byte[] prefix) {
        if (length < prefix.length + 1) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return bytes[length - 1] == '}';
    }

    private void apply(Observation o) {
        versions.computeIfAbsent(new Key(o.seriesKey(), o.period()), k -> new ArrayList<>(2)).add(o);
    }

    /**
     * Appends a batch of new versions and its commit line, forces it to disk, and only then adds it to the index.
     * Anything after the last commit (a torn batch) is cut off first. On failure the index is unchanged.
     */
    public void append(List<Observation> batch) throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            if (channel.size() > committedOffset) {
                channel.truncate(committedOffset);
            }
            channel.position(committedOffset);
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
            try (JsonGenerator g = JsonSupport.factory().createGenerator(out)) {
                g.setRootValueSeparator(null);
                for (Observation o : batch) {
                    codec.write(g, o);
                    g.writeRaw('\n');
                }
                g.writeRaw("{\"commit\":" + batch.size() + "}\n");
            }
            out.flush();
            channel.force(false);
            long end = channel.position();
            batch.forEach(this::apply);
            committedOffset = end;
            committedLines += batch.size() + 1;
        }
    }

    /** The log's file. */
    @Override
    public String toString() {
        return file.toString();
    }
}
