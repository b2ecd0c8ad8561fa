// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.function.Consumer;

import org.w3id.nutrikg.model.WorkFailedException;

/**
 * Writes a file so that it holds either its old content or the complete new content, never a part:
 * the bytes go to a temporary file beside the target, which is moved over the target when complete.
 * A process killed while writing leaves its hidden temporary file ({@code .name.PID.RANDOM.tmp}) and the
 * target untouched; the next successful write to that target removes such leftovers.
 */
public final class AtomicOutput {

    private static final String TEMP_PREFIX = ".%s.%d.";
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicOutput() {
    }

    /** Runs {@code body} on a stream to a temporary file, then moves that file into place. */
    public static void write(Path target, Consumer<OutputStream> body) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null && Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new WorkFailedException("cannot write '" + target + "': '" + dir + "' is a file, not a folder");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new WorkFailedException("cannot write '" + target + "': folder '" + (dir == null ? "" : dir)
                    + "' does not exist");
        }
        if (Files.isDirectory(abs)) {
            throw new WorkFailedException("cannot write '" + target + "': it is a folder");
        }
        Path tmp;
        try {
            tmp = createTemporary(dir, abs);
        } catch (AccessDeniedException e) {
            throw new WorkFailedException("cannot write '" + target + "': permission denied", e);
        } catch (IOException e) {
            throw new WorkFailedException("cannot write '" + target + "': " + e.getMessage(), e);
        }
        boolean done = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                body.accept(out);
            }
            move(tmp, abs);
            done = true;
            removeStale(dir, abs.getFileName().toString());
        } catch (IOException | UncheckedIOException e) {
            throw new WorkFailedException("cannot write '" + target + "': " + e.getMessage(), e);
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and named for its target; nothing more to do
                }
            }
        }
    }

    /**
     * The temporary file: hidden, beside the target, named for it and for this process
     * ({@code .name.PID.RANDOM.tmp}). It is created as any new file is (permissions from the umask, not the
     * owner-only ones of {@link Files#createTempFile}) and takes the target's permissions when there is one.
     */
    private static Path createTemporary(Path dir, Path target) throws IOException {
        String prefix = TEMP_PREFIX.formatted(target.getFileName(), ProcessHandle.current().pid());
        Path tmp = null;
        for (int attempt = 0; tmp == null; attempt++) {
            try {
                tmp = Files.createFile(dir.resolve(prefix + Long.toHexString(RANDOM.nextLong() >>> 1) + ".tmp"));
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
        try {
            if (Files.exists(target) && Files.getFileStore(dir).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // the defaults are fine
        }
        return tmp;
    }

    /**
     * Removes the temporary files of earlier writes to the same target whose process is gone (killed before
     * it could clean up); those of live processes, which may be writing now, stay.
     */
    private static void removeStale(Path dir, String name) {
        String start = "." + name + ".";
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(start) && n.endsWith(".tmp");
        })) {
            for (Path p : ds) {
                String[] parts = p.getFileName().toString().substring(start.length()).split("\\.");
                long pid;
                try {
                    pid = Long.parseLong(parts[0]);
                } catch (NumberFormatException e) {
                    continue;
                }
                if (pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // a leftover stays hidden; the next write tries again
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
