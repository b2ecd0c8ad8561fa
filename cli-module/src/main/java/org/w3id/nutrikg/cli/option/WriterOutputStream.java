// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.option;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes written to a {@link PrintWriter}: lets model operations, which write bytes, stream to the
 * command's stdout writer (which tests replace with a {@code StringWriter}). Closing flushes but leaves the
 * writer open.
 */
final class WriterOutputStream extends OutputStream {

    private final PrintWriter writer;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer in = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private boolean closed;

    WriterOutputStream(PrintWriter writer) {
        this.writer = writer;
    }

    @Override
    public void write(int b) {
        if (!in.hasRemaining()) {
            drain(false);
        }
        in.put((byte) b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        int pos = off;
        int end = off + len;
        while (pos < end) {
            if (!in.hasRemaining()) {
                drain(false);
            }
            int n = Math.min(in.remaining(), end - pos);
            in.put(b, pos, n);
            pos += n;
        }
    }

    private void drain(boolean endOfInput) {
        in.flip();
        while (true) {
            var result = decoder.decode(in, chars, endOfInput);
            chars.flip();
            writer.append(chars);
            chars.clear();
            if (!result.isOverflow()) {
                break;
            }
        }
        in.compact();
    }

    @Override
    public void flush() {
        drain(false);
        writer.flush();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        drain(true);
        decoder.flush(chars);
        chars.flip();
        writer.append(chars);
        chars.clear();
        writer.flush();
    }
}
