// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli;

/** The exit codes of the command-line contract. */
public final class ExitCodes {

    /** Success (for validate: no violations). */
    public static final int OK = 0;
    /** validate found violations. */
    public static final int VIOLATIONS = 1;
    /** Usage error: unknown command, option, format, named query or parameter. */
    public static final int USAGE = 2;
    /** Bad input: a file that is missing or does not parse, a query that does not parse. */
    public static final int BAD_INPUT = 3;
    /** The work failed: timeout, I/O error, remote endpoint unreachable. */
    public static final int FAILED = 4;

    private ExitCodes() {
    }
}
