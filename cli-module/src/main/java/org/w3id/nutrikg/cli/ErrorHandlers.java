// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

import org.w3id.nutrikg.model.BadInputException;
import org.w3id.nutrikg.model.InvalidArgumentException;
import org.w3id.nutrikg.model.NutriKGException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one line on stderr, "nutrikg COMMAND: what: detail", and the contract's exit
 * code. The stack trace follows only with -v.
 */
public final class ErrorHandlers implements IParameterExceptionHandler, IExecutionExceptionHandler,
        IExitCodeExceptionMapper {

    private final NutriKG top;

    ErrorHandlers(NutriKG top) {
        this.top = top;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        StringBuilder line = new StringBuilder(prefix(cl)).append(lowerFirst(ex.getMessage()));
        if (ex instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            line.append(" (did you mean ").append(String.join(" or ", u.getSuggestions().stream()
                    .map(s -> "'" + s + "'").toList())).append("?)");
        }
        err.println(line);
        err.flush();
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
        if (ex instanceof ParameterException pe) {
            return handleParseException(pe, new String[0]);
        }
        PrintWriter err = cl.getErr();
        err.println(prefix(cl) + message(ex));
        if (top.verbosity() > 0) {
            ex.printStackTrace(err);
        }
        err.flush();
        return getExitCode(ex);
    }

    @Override
    public int getExitCode(Throwable ex) {
        if (ex instanceof BadInputException) {
            return ExitCodes.BAD_INPUT;
        }
        if (ex instanceof InvalidArgumentException || ex instanceof ParameterException) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.FAILED;
    }

    static String message(Throwable ex) {
        if (ex instanceof BadInputException b) {
            return b.located();
        }
        if (ex instanceof NutriKGException) {
            return ex.getMessage();
        }
        if (ex instanceof UncheckedIOException u) {
            return "I/O error: " + u.getCause().getMessage();
        }
        if (ex instanceof OutOfMemoryError) {
            return "out of memory: give Java more heap (JAVA_OPTS=-Xmx4g)";
        }
        String m = ex.getMessage() == null ? "" : ": " + ex.getMessage().lines().findFirst().orElse("");
        return "internal error: " + ex.getClass().getSimpleName() + m + " (run with -v for details)";
    }

    private static String prefix(CommandLine cl) {
        return cl.getCommandSpec().qualifiedName() + ": ";
    }

    private static String lowerFirst(String s) {
        if (s == null || s.isEmpty()) {
            return "usage error";
        }
        String m = s.strip();
        if (m.length() > 1 && Character.isUpperCase(m.charAt(0)) && !Character.isUpperCase(m.charAt(1))) {
            m = Character.toLowerCase(m.charAt(0)) + m.substring(1);
        }
        return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }
}
