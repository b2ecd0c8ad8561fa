// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

import org.w3id.nutrikg.model.WorkFailedException;

/**
 * Writes a file so that it holds either its old content or the complete new content, never a part:
 * the bytes go to a temporary file beside the target, which is moved over the target when complete.
 * A process killed while writing leaves its hidden temporary file ({@code .name.PID.RANDOM.tmp}) and the
 * target untouched; the next successful write to that target removes such leftovers.
 */
public final class AtomicOutput {

    private AtomicOutput() {
    }

    /** Runs {@code body} on a stream to a temporary file, then moves that file into place. */
    public static void write(Path target, Consumer<OutputStream> body) {
        Path abs = target.toAbsolutePath();
        requireParentFolder(target, abs);
        if (Files.isDirectory(abs)) {
            throw new WorkFailedException(IoMessages.isAFolder(target));
        }
        Path tmp = temporary(target, abs, false);
        boolean done = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                body.accept(out);
            }
            move(tmp, abs);
            done = true;
            Leftovers.removeStale(abs);
        } catch (IOException | UncheckedIOException e) {
            throw new WorkFailedException(IoMessages.cannotWrite(target, e.getMessage()), e);
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

    /** Fails with one message when the folder {@code target} goes in is missing or is a file. */
    static void requireParentFolder(Path target, Path abs) {
        Path dir = abs.getParent();
        if (dir != null && Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new WorkFailedException(IoMessages.parentIsAFile(target, dir));
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new WorkFailedException(IoMessages.parentMissing(target, dir));
        }
    }

    /** A hidden temporary file (or folder) beside {@code abs}, named for it and for this process. */
    static Path temporary(Path target, Path abs, boolean folder) {
        try {
            return Leftovers.create(abs, "", folder);
        } catch (AccessDeniedException e) {
            throw new WorkFailedException(IoMessages.cannotWrite(target, IoMessages.DENIED), e);
        } catch (IOException e) {
            throw new WorkFailedException(IoMessages.cannotWrite(target, e.getMessage()), e);
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
