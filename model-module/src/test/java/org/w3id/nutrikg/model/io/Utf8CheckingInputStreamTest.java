// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.w3id.nutrikg.model.BadInputException;

class Utf8CheckingInputStreamTest {

    /** Reads everything in chunks of {@code chunk} bytes (0: one byte at a time with read()). */
    private static byte[] readAll(byte[] bytes, int chunk) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = new Utf8CheckingInputStream(new ByteArrayInputStream(bytes), "f.ttl")) {
            if (chunk == 0) {
                for (int b = in.read(); b >= 0; b = in.read()) {
                    out.write(b);
                }
            } else {
                byte[] buf = new byte[chunk];
                for (int n = in.read(buf, 0, chunk); n >= 0; n = in.read(buf, 0, chunk)) {
                    out.write(buf, 0, n);
                }
            }
        }
        return out.toByteArray();
    }

    private static String text(Random random, int length) {
        String[] pieces = {"a", "b", " ", "\n", "é", "€", "𝄞", "<http://example.org/x>", "\"kale\"@en"};
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            sb.append(pieces[random.nextInt(pieces.length)]);
        }
        return sb.toString();
    }

    @Test
    void wellFormedTextPassesUnchangedWhateverTheReadSize() throws IOException {
        byte[] bytes = text(new Random(1), 5000).getBytes(StandardCharsets.UTF_8);
        for (int chunk : new int[] {0, 1, 2, 3, 7, 64, 8192}) {
            assertArrayEquals(bytes, readAll(bytes, chunk), "chunk " + chunk);
        }
    }

    @Test
    void aBadByteIsPlacedAtItsLineAndCharacterColumnWhateverTheReadSize() {
        Random random = new Random(2);
        for (int round = 0; round < 50; round++) {
            String before = text(random, random.nextInt(3000));
            byte[] head = before.getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[head.length + 3];
            System.arraycopy(head, 0, bytes, 0, head.length);
            bytes[head.length] = (byte) 0xE9; // Latin-1 é: a lead byte
            bytes[head.length + 1] = '"'; // not a continuation byte
            bytes[head.length + 2] = '\n';
            long line = before.chars().filter(c -> c == '\n').count() + 1;
            String lastLine = before.substring(before.lastIndexOf('\n') + 1);
            long column = lastLine.codePointCount(0, lastLine.length()) + 1;
            for (int chunk : new int[] {0, 1, 5, 4096}) {
                BadInputException e = assertThrows(BadInputException.class, () -> readAll(bytes, chunk));
                assertEquals(line, e.line(), "line, chunk " + chunk);
                assertEquals(column, e.column(), "column, chunk " + chunk);
                assertEquals("not UTF-8: byte 0xE9 then 0x22 is no character (Latin-1? save the file as UTF-8)",
                        e.getMessage());
            }
        }
    }
}
