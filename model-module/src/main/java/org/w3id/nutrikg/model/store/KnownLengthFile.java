// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.store;

import org.apache.jena.dboe.base.file.BinaryDataFile;

/**
 * A {@link BinaryDataFile} that remembers its length between writes instead of asking the file system each
 * time. Jena's buffered data file asks its file for the length on every write, and the file asks the
 * operating system (one {@code fstat} call); TDB2's node table writes each new node as several small
 * pieces, so a bulk load makes millions of those calls. Writes to a binary data file always append, so the
 * length after a write is where it was written plus its size. Not thread-safe: used beneath Jena's buffered
 * file, which holds its lock around every call.
 */
final class KnownLengthFile implements BinaryDataFile {

    private static final long UNKNOWN = -1;

    private final BinaryDataFile file;
    private long length = UNKNOWN;

    KnownLengthFile(BinaryDataFile file) {
        this.file = file;
    }

    @Override
    public void open() {
        file.open();
        length = UNKNOWN;
    }

    @Override
    public boolean isOpen() {
        return file.isOpen();
    }

    @Override
    public int read(long posn, byte[] b, int start, int count) {
        return file.read(posn, b, start, count);
    }

    @Override
    public long write(byte[] b, int start, int count) {
        long at = file.write(b, start, count);
        length = at + count;
        return at;
    }

    @Override
    public void truncate(long posn) {
        length = UNKNOWN;
        file.truncate(posn);
    }

    @Override
    public void sync() {
        file.sync();
    }

    @Override
    public void close() {
        length = UNKNOWN;
        file.close();
    }

    @Override
    public long length() {
        if (length == UNKNOWN) {
            length = file.length();
        }
        return length;
    }
}
