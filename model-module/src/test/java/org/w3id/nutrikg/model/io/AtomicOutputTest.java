// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
