// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.w3id.nutrikg.model.WorkFailedException;

/**
 * Writes a folder so that it holds either its old content or the complete new content: the files go to a
 * temporary folder beside the target, which then takes the target's place. An existing target is replaced
 * only when it is empty or {@code replaceable} accepts it (a folder this program wrote before), so that a
 * mistyped path never deletes someone's files. The temporary folders are hidden and named for the target
 * and the process; a process killed half-way leaves them (and the target as it was, or, killed between the
 * two moves that replace an old folder, no target and the old one hidden beside it), and the next write
 * removes them.
 */
public final class AtomicFolder {

    private AtomicFolder() {
    }

    /** Runs {@code body} on a fresh temporary folder, then moves that folder to {@code target}. */
    public static void write(Path target, Predicate<Path> replaceable, Consumer<Path> body) {
        Path abs = target.toAbsolutePath().normalize();
        AtomicOutput.requireParentFolder(target, abs);
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new WorkFailedException(IoMessages.isAFile(target));
        }
        if (Files.isDirectory(abs) && !isEmpty(abs) && !replaceable.test(abs)) {
            throw new WorkFailedException(IoMessages.foreignFolder(target));
        }
        Path tmp = AtomicOutput.temporary(target, abs, true);
        boolean done = false;
        try {
            body.accept(tmp);
            Path old = null;
            if (Files.exists(abs)) {
                old = Leftovers.name(abs, "old");
                move(abs, old);
            }
            move(tmp, abs);
            done = true;
            if (old != null) {
                delete(old);
            }
            Leftovers.removeStale(abs);
        } catch (IOException | UncheckedIOException e) {
            throw new WorkFailedException(IoMessages.cannotWrite(target, e.getMessage()), e);
        } finally {
            if (!done) {
                try {
                    delete(tmp);
                } catch (IOException ignored) {
                    // the temporary folder is hidden and named for its target; nothing more to do
                }
            }
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder and everything in it. */
    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
