package eu.strateg.persistence.json.internal;

import java.io.IOException;
import eu.strateg.core.port.StorageFailureException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Exclusive locks on a lock file, safe both between threads of this JVM (one {@link ReentrantLock} per file, shared
 * by every repository instance) and between processes (an OS file lock, which the JVM holds per process, hence the
 * in-JVM lock first). A file's entry lives only while some thread holds or waits for its lock, so the registry does
 * not grow with the number of directories ever used.
 */
public final class DirectoryLocks {

    /** The in-JVM lock of a file and how many threads hold or wait for it (changed only inside the map's compute). */
    private static final class Entry {
        final ReentrantLock lock = new ReentrantLock();
        int users;
    }

    private static final ConcurrentMap<Path, Entry> LOCKS = new ConcurrentHashMap<>();

    private DirectoryLocks() {
    }

    /** Runs {@code action} while holding the lock on {@code lockFile} (created if missing). */
    public static <T> T withLock(Path lockFile, Supplier<T> action) {
        Path key = lockFile.toAbsolutePath().normalize();
        Entry entry = LOCKS.compute(key, (k, e) -> {
            Entry used = e == null ? new Entry() : e;
            used.users++;
            return used;
        });
        entry.lock.lock();
        try (FileChannel channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock fileLock = channel.lock();
            try {
                return action.get();
            } finally {
                fileLock.release();
            }
        } catch (IOException e) {
            throw new StorageFailureException("cannot lock " + key, e);
        } finally {
            entry.lock.unlock();
            LOCKS.computeIfPresent(key, (k, e) -> --e.users == 0 ? null : e);
        }
    }

    /** The files whose entry is alive now (for tests). */
    static int tracked() {
        return LOCKS.size();
    }
}
