// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.dboe.base.file.BinaryDataFile;
import org.apache.jena.dboe.base.file.BinaryDataFileRandomAccess;
import org.apache.jena.dboe.base.file.BinaryDataFileWriteBuffered;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownLengthFileTest {

    /** A file on disk that counts how often its length is asked (each time a system call). */
    private static final class Counted extends BinaryDataFileRandomAccess {
        int lengths;

        Counted(Path file) {
            super(file.toString());
        }

        @Override
        public long length() {
            lengths++;
            return super.length();
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void writesAppendAndTheDiskIsAskedForItsLengthOncePerBuffer(@TempDir Path tmp) throws Exception {
        Path path = tmp.resolve("nodes-data.obj");
        Counted disk = new Counted(path);
        // as TDB2 builds its node file, with the known length and its buffer above
        BinaryDataFile file = NodeFileLength.above(new BinaryDataFileWriteBuffered(disk));
        file.open();
        int before = disk.lengths;
        long expected = 0;
        for (int i = 0; i < 100_000; i++) {
            byte[] b = bytes("node " + i + ";");
            assertEquals(expected, file.write(b, 0, b.length), "written where the file ended");
            expected += b.length;
            assertEquals(expected, file.length());
        }
        int asked = disk.lengths - before;
        // some 1.2 MB in 128 KB buffers: about ten flushes, against 200,000 questions without
        assertTrue(asked > 0 && asked <= 20, () -> "the disk was asked for its length " + asked + " times");
        file.sync();
        assertEquals(expected, Files.size(path));
        byte[] back = new byte[8];
        file.read(0, back, 0, back.length);
        assertArrayEquals(bytes("node 0;n"), back);
        file.close();
    }

    @Test
    void truncatingAndReopeningAskTheFileAgain(@TempDir Path tmp) throws Exception {
        Path path = tmp.resolve("nodes-data.obj");
        BinaryDataFile file = new KnownLengthFile(new BinaryDataFileWriteBuffered(new Counted(path)));
        file.open();
        byte[] b = bytes("0123456789");
        file.write(b, 0, b.length);
        file.write(b, 0, b.length);
        file.truncate(5);
        assertEquals(5, file.length());
        assertEquals(5, file.write(b, 0, 3), "the next write goes where the truncated file ends");
        assertEquals(8, file.length());
        file.close();
        assertEquals(8, Files.size(path));
        file.open();
        assertEquals(8, file.length(), "a reopened file's length is read from the disk");
        file.close();
    }
}
