package eu.strateg.persistence.json.internal;

import java.io.IOException;
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
 * in-JVM lock first).
 */
public final class DirectoryLocks {

    private static final ConcurrentMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private DirectoryLocks() {
    }

    /** Runs {@code action} while holding the lock on {@code lockFile} (created if missing). */
    public static <T> T withLock(Path lockFile, Supplier<T> action) {
        Path key = lockFile.toAbsolutePath().normalize();
        ReentrantLock lock = LOCKS.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lock();
        try (FileChannel channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock fileLock = channel.lock();
            try {
                return action.get();
            } finally {
                fileLock.release();
            }
        } catch (IOException e) {
            throw IoMessages.failure("cannot lock " + key, e);
        } finally {
            lock.unlock();
        }
    }
}
