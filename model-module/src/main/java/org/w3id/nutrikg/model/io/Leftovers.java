// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden temporary files and folders that atomic writes put beside their target, named for the target
 * and for the process that writes ({@code .NAME.PID.RANDOM.tmp}, {@code .NAME.PID.RANDOM/},
 * {@code .NAME.old.PID.RANDOM/}), so that a later write can remove those of a process that was killed.
 */
public final class Leftovers {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Leftovers() {
    }

    /**
     * Creates a new hidden file ({@code directory} false) or folder beside {@code target}. It is created as
     * any new file is, with the permissions the umask gives (not the owner-only ones of
     * {@link Files#createTempFile}), and takes the target's permissions when the target exists.
     */
    public static Path create(Path target, String kind, boolean directory) throws IOException {
        Path dir = target.getParent();
        String prefix = "." + target.getFileName() + "." + (kind.isEmpty() ? "" : kind + ".")
                + ProcessHandle.current().pid() + ".";
        for (int attempt = 0;; attempt++) {
            Path p = dir.resolve(prefix + Long.toHexString(RANDOM.nextLong() >>> 1) + (directory ? "" : ".tmp"));
            try {
                p = directory ? Files.createDirectory(p) : Files.createFile(p);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
                continue;
            }
            copyPermissions(target, p);
            return p;
        }
    }

    /** Reserves a name for a hidden folder beside {@code target} without creating it. */
    static Path name(Path target, String kind) {
        return target.getParent().resolve("." + target.getFileName() + "." + kind + "."
                + ProcessHandle.current().pid() + "." + Long.toHexString(RANDOM.nextLong() >>> 1));
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            if (Files.exists(from) && Files.getFileStore(to).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // the defaults are fine
        }
    }

    /**
     * Removes what earlier writes to {@code target} left behind when their process is gone (killed before it
     * could clean up); those of live processes, which may be writing now, stay.
     */
    public static void removeStale(Path target) {
        Pattern mine = Pattern.compile("^\\." + Pattern.quote(target.getFileName().toString())
                + "\\.(?:[a-z]+\\.)?(\\d+)\\.[0-9a-f]+(?:\\.tmp)?$");
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(target.getParent(),
                p -> mine.matcher(p.getFileName().toString()).matches())) {
            for (Path p : ds) {
                Matcher m = mine.matcher(p.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                long pid = Long.parseLong(m.group(1));
                if (pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)) {
                    AtomicFolder.delete(p);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // a leftover stays hidden; the next write tries again
        }
    }
}
