// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.w3id.nutrikg.model.BadInputException;

/**
 * Passes bytes through unchanged and stops, with the line and column, at the first byte that is not
 * well-formed UTF-8 (Unicode 15, table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF).
 * Jena's text parsers replace such bytes with U+FFFD and go on, which would store damaged text without a
 * word; the text syntaxes of RDF are UTF-8 by definition, so NutriKG refuses them instead.
 */
final class Utf8CheckingInputStream extends FilterInputStream {

    private final String name;
    private long line = 1;
    private long column;
    /** Continuation bytes the current character still needs. */
    private int need;
    /** The allowed range of the next continuation byte. */
    private int lo = 0x80;
    private int hi = 0xBF;
    /** The first byte of the current character. */
    private int lead;

    Utf8CheckingInputStream(InputStream in, String name) {
        super(in);
        this.name = name;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            end();
        } else {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n < 0) {
            end();
            return n;
        }
        int end = off + n;
        int i = off;
        while (i < end) {
            if (need == 0 && buf[i] >= 0) {
                // a run of ASCII, the bulk of RDF text: counted in locals, checked for nothing
                int lineStart = -1;
                long lines = 0;
                int start = i;
                for (; i < end && buf[i] >= 0; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                        lineStart = i + 1;
                    }
                }
                if (lines > 0) {
                    line += lines;
                    column = i - lineStart;
                } else {
                    column += i - start;
                }
                lead = buf[i - 1];
            } else {
                check(buf[i++] & 0xFF);
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // every byte must be seen, so skipping reads
        long done = 0;
        byte[] buf = new byte[8192];
        while (done < n) {
            int r = read(buf, 0, (int) Math.min(buf.length, n - done));
            if (r < 0) {
                break;
            }
            done += r;
        }
        return done;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void check(int b) {
        if (need > 0) {
            if (b < lo || b > hi) {
                throw new BadInputException(name, line, column, IoMessages.notUtf8Pair(lead, b), null);
            }
            need--;
            lo = 0x80;
            hi = 0xBF;
            return;
        }
        column++;
        lead = b;
        if (b < 0x80) {
            if (b == '\n') {
                line++;
                column = 0;
            }
            return;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            lo = b == 0xE0 ? 0xA0 : 0x80;
            hi = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            lo = b == 0xF0 ? 0x90 : 0x80;
            hi = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            fail(b);
        }
    }

    private void fail(int b) {
        String hint = line == 1 && column == 2 && b == 0x8B ? " (a gzip file? add .gz to its name)" : "";
        throw new BadInputException(name, line, Math.max(column, 1),
                IoMessages.notUtf8Byte(b, hint), null);
    }

    private void end() {
        if (need > 0) {
            throw new BadInputException(name, line, Math.max(column, 1), IoMessages.UTF8_ENDS_INSIDE, null);
        }
    }
}
