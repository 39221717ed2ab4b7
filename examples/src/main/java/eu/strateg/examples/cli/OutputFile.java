package eu.strateg.examples.cli;

import eu.strateg.core.validation.ValidationException;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.UUID;
import picocli.CommandLine;

/**
 * The one way the CLI writes a file a user names ({@code --out} of every command, the demo's reports): the content goes
 * to a temporary file in the target's folder ({@code .<name>.<random>.tmp}), is forced to the disk and then renamed
 * over the target in one step. A command that fails half-way leaves the old file exactly as it was and no temporary
 * file behind; a reader never sees half a report. Before anything is read, {@link #refuseInputs} stops an
 * {@code --out} that names one of the command's own inputs.
 */
final class OutputFile {

    /** Produces the bytes of the file. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final boolean CAN_SYNC_DIRECTORIES =
            !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

    private OutputFile() {
    }

    /**
     * A usage error (exit code 2) when {@code target} is one of the {@code inputs} (the same file, also through a link)
     * or lies inside one of the input folders {@code inputDirs}; invalid input (exit code 1) when its folder is
     * missing or it is a directory. Null inputs are skipped.
     */
    static void refuseInputs(CommandLine cmd, Path target, Path[] inputs, Path... inputDirs) {
        for (Path in : inputs) {
            if (in != null && sameFile(target, in)) {
                throw new CommandLine.ParameterException(cmd, String.format(
                        "--out %s is one of the command's inputs (%s): writing there would destroy it; choose another file", target, in));
            }
        }
        for (Path dir : inputDirs) {
            if (dir != null && inside(target, dir)) {
                throw new CommandLine.ParameterException(cmd, String.format(
                        "--out %s lies inside the input folder %s: writing there could replace one of its files; choose a file elsewhere",
                        target, dir));
            }
        }
        requireWritableTarget(target);
    }

    /** Invalid input when the target's folder does not exist or the target is a directory. */
    static void requireWritableTarget(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new ValidationException(target.toString(), "the directory " + parent + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new ValidationException(target.toString(), "is a directory; give a file name");
        }
    }

    /** Writes the file through a temporary file and an atomic rename; on any failure the target is unchanged. */
    static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = dir.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
                content.writeTo(new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        out.flush(); // content that closes its stream (Jackson does) must not close the channel before the sync
                    }
                });
                out.flush();
                channel.force(true);
            }
            move(temp, absolute);
            moved = true;
            syncDirectory(dir);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // a file system without atomic rename: still never truncate the old file before the new one is complete
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void syncDirectory(Path dir) {
        if (!CAN_SYNC_DIRECTORIES) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // the file is complete and in place; some file systems refuse to force a directory
        }
    }

    private static boolean sameFile(Path target, Path input) {
        try {
            if (Files.exists(target) && Files.exists(input)) {
                return Files.isSameFile(target, input);
            }
        } catch (IOException e) {
            // fall back to comparing the names
        }
        return target.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize());
    }

    private static boolean inside(Path target, Path dir) {
        Path abs = target.toAbsolutePath().normalize();
        try {
            Path parent = abs.getParent() == null ? abs : abs.getParent().toRealPath();
            return parent.resolve(abs.getFileName() == null ? "" : abs.getFileName().toString()).startsWith(dir.toRealPath());
        } catch (IOException e) {
            return abs.startsWith(dir.toAbsolutePath().normalize());
        }
    }
}
