// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.io.IO;
import org.apache.jena.atlas.io.IndentedWriter;

/**
 * Jena's {@link IndentedWriter} with one shortcut. Jena's writes every string one character at a time, each
 * through the checks for a new line, the line prefix and the indent; Jena's Turtle and TriG writers pass it
 * every node, keyword and separator as a string, so those checks run for every character of the output. A
 * string without a line break needs them only for its first character (which pads the line to its indent
 * when it starts the line) and its last (which the writer remembers, to join a CR LF into one new line):
 * here the characters between are written in one call and added to the column. The output is the same,
 * character for character; strings with a line break, and the flat, numbered or prefixed modes, take Jena's
 * way.
 */
public final class BulkIndentedWriter extends IndentedWriter {

    private static final int BUFFER = 1 << 16;

    /** A writer of UTF-8 to {@code out}, buffered; {@link #flush()} passes what it holds on. */
    public BulkIndentedWriter(OutputStream out) {
        super(new Unsynchronized(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    @Override
    public void print(String str) {
        int n = str == null ? 0 : str.length();
        if (n < 3 || flatMode || lineNumbers || getLinePrefix() != null || str.indexOf('\n') >= 0
                || str.indexOf('\r') >= 0) {
            super.print(str);
            return;
        }
        super.print(str.charAt(0));
        try {
            out.write(str, 1, n - 2);
        } catch (IOException e) {
            IO.exception(e);
        }
        column += n - 2;
        super.print(str.charAt(n - 1));
    }

    /** A buffer of characters in front of a writer, for one thread. */
    private static final class Unsynchronized extends Writer {
        private final Writer out;
        private final char[] buffer = new char[BUFFER];
        private int used;

        Unsynchronized(Writer out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            if (used == buffer.length) {
                drain();
            }
            buffer[used++] = (char) c;
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            if (len > buffer.length - used) {
                drain();
                if (len > buffer.length) {
                    out.write(str, off, len);
                    return;
                }
            }
            str.getChars(off, off + len, buffer, used);
            used += len;
        }

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            if (len > buffer.length - used) {
                drain();
                if (len > buffer.length) {
                    out.write(chars, off, len);
                    return;
                }
            }
            System.arraycopy(chars, off, buffer, used, len);
            used += len;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
            out.close();
        }

        private void drain() throws IOException {
            if (used > 0) {
                out.write(buffer, 0, used);
                used = 0;
            }
        }
    }
}
