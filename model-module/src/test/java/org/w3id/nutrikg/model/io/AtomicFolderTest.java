// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFolderTest {

    private static void site(Path dir) {
        try {
            Files.writeString(dir.resolve("index.html"), "<html></html>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aNewFolderGetsOrdinaryPermissionsAndAReplacedOneKeepsItsOwn(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        AtomicFolder.write(site, p -> true, AtomicFolderTest::site);
        Path probe = Files.createDirectory(dir.resolve("probe"));
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(site),
                "the same permissions as any folder created here (not owner-only)");

        Files.setPosixFilePermissions(site, PosixFilePermissions.fromString("rwxr-x---"));
        AtomicFolder.write(site, p -> true, AtomicFolderTest::site);
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(site)));
    }

    @Test
    void leftoversOfAKilledWriterAreRemovedByTheNextWrite(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        long gone = ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid).max().orElse(1) + 1000;
        Path half = Files.createDirectories(dir.resolve(".site." + gone + ".7f3a/individuals"));
        Path old = Files.createDirectories(dir.resolve(".site.old." + gone + ".8b4c"));
        Path live = Files.createDirectories(dir.resolve(".site." + ProcessHandle.current().parent().orElseThrow().pid()
                + ".9d5e"));
        AtomicFolder.write(site, p -> true, AtomicFolderTest::site);
        assertTrue(Files.exists(site.resolve("index.html")));
        assertFalse(Files.exists(half.getParent()), "the killed writer's half-written folder is removed");
        assertFalse(Files.exists(old), "the killed writer's old folder is removed");
        assertTrue(Files.exists(live), "a live writer's folder stays");
    }
}
