// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.nutrikg.model.WorkFailedException;

class AtomicOutputTest {

    @Test
    void writesTheWholeFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out.txt");
        AtomicOutput.write(target, out -> write(out, "complete"));
        assertEquals("complete", Files.readString(target));
        assertEquals(1, count(dir));
    }

    @Test
    void aFailureMidwayLeavesTheOldContent(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "old");
        assertThrows(IllegalStateException.class, () -> AtomicOutput.write(target, out -> {
            write(out, "partial ".repeat(100_000));
            throw new IllegalStateException("failed while writing");
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(1, count(dir), "the temporary file is removed");
    }

    @Test
    void aMissingFolderIsReportedWithoutCreatingIt(@TempDir Path dir) {
        Path target = dir.resolve("no/such/out.txt");
        var e = assertThrows(WorkFailedException.class, () -> AtomicOutput.write(target, out -> write(out, "x")));
        assertEquals("cannot write '" + target + "': folder '" + target.getParent() + "' does not exist", e.getMessage());
    }

    @Test
    void aNewFileGetsOrdinaryPermissionsAndAnOldOneKeepsItsOwn(@TempDir Path dir) throws IOException {
        Path created = dir.resolve("new.txt");
        AtomicOutput.write(created, out -> write(out, "x"));
        Path probe = Files.createFile(dir.resolve("probe.txt"));
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(created),
                "the same permissions as any file created here");

        Path kept = dir.resolve("kept.txt");
        Files.writeString(kept, "old");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-r-----"));
        AtomicOutput.write(kept, out -> write(out, "new"));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
    }

    @Test
    void leftoversOfAKilledWriterAreRemovedByTheNextWrite(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out.txt");
        long gone = ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid).max().orElse(1) + 1000;
        Path stale = Files.writeString(dir.resolve(".out.txt." + gone + ".1a2b.tmp"), "partial");
        Path live = Files.writeString(dir.resolve(".out.txt." + ProcessHandle.current().parent().orElseThrow().pid()
                + ".3c4d.tmp"), "being written");
        Path other = Files.writeString(dir.resolve(".other.txt." + gone + ".5e6f.tmp"), "another target's");
        AtomicOutput.write(target, out -> write(out, "complete"));
        assertFalse(Files.exists(stale), "the dead writer's leftover is removed");
        assertTrue(Files.exists(live), "a live writer's file stays");
        assertTrue(Files.exists(other), "another target's file stays");
    }

    private static void write(java.io.OutputStream out, String s) {
        try {
            out.write(s.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long count(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.count();
        }
    }
}
