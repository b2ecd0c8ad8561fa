// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

/**
 * How far a long task has come, told by an operation to whoever shows it (a progress bar on a terminal,
 * nothing in a script). Calls come from the thread that runs the operation.
 */
public interface Progress {

    /** Ignores everything. */
    Progress NONE = new Progress() {
        @Override
        public void begin(String phase, long total) {
        }

        @Override
        public void advance(long done, long triples) {
        }

        @Override
        public void end() {
        }
    };

    /**
     * A phase begins ("checking", "loading", "indexing", "uploading"), with its size in bytes of input, or -1
     * when unknown.
     */
    void begin(String phase, long total);

    /** Bytes of input done so far in this phase, and triples handled so far. */
    void advance(long done, long triples);

    /** The phase is over. */
    void end();
}
