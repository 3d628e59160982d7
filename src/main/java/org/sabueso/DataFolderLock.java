package org.sabueso;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * {@code <data-dir>/sabueso.pid}: the pid of the service that owns the data folder, under an
 * operating-system lock held while the service runs. The kernel releases the lock when the
 * process dies, however it dies ({@code kill -9} included), so a lock that can be taken proves
 * the previous owner is gone and whatever it left running may be stopped; a lock that cannot be
 * taken means a live service still owns the folder.
 */
final class DataFolderLock implements Closeable {

    static final String FILE_NAME = "sabueso.pid";
    /**
     * Folders this JVM holds. A second channel on a held file must never be opened: on Linux,
     * closing any descriptor of a file drops every lock the process holds on it.
     */
    private static final java.util.Set<Path> HELD = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Path file;

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the folder for this process, or fails with a one-line reason naming the live owner. */
    static DataFolderLock acquire(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME).toAbsolutePath().normalize();
        if (!HELD.add(file)) {
            throw new DataFolderInUse(file, Long.toString(ProcessHandle.current().pid()));
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String owner = Files.readString(file, StandardCharsets.UTF_8).strip();
                channel.close();
                HELD.remove(file);
                throw new DataFolderInUse(file, owner);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new DataFolderLock(file, channel, lock);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            HELD.remove(file);
            throw e;
        } catch (IOException e) {
            closeQuietly(channel);
            HELD.remove(file);
            throw new UncheckedIOException("cannot lock " + file, e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
            HELD.remove(file);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // already failing with the first error
            }
        }
    }

    /** Another live process owns the data folder: starting would corrupt it or kill its database. */
    static final class DataFolderInUse extends IllegalStateException {
        DataFolderInUse(Path file, String owner) {
            super("data folder " + file.getParent() + " is in use by a running Sabueso (pid "
                    + (owner.isEmpty() ? "unknown" : owner) + ", " + file.getFileName() + "); stop it or choose another sabueso.data-dir");
        }
    }
}
