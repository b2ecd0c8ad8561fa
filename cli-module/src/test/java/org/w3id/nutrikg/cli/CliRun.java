// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the nutrikg command line in-process, as {@code main} would, capturing stdout, stderr and the exit code. */
public final class CliRun {

    /** What a run gave. */
    public record Result(int exitCode, String out, String err) {

        /** A one-line summary for assertion messages. */
        public String describe() {
            return "exit " + exitCode + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
        }
    }

    private CliRun() {
    }

    /** Runs {@code nutrikg args...}. */
    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = NutriKG.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), args).execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
