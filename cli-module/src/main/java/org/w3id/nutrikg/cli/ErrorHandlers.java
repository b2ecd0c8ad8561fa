// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.nutrikg.cli.option.Choices;
import org.w3id.nutrikg.cli.option.OptionValueException;
import org.w3id.nutrikg.model.BadInputException;
import org.w3id.nutrikg.model.InvalidArgumentException;
import org.w3id.nutrikg.model.NutriKGException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one line on stderr, "nutrikg COMMAND: what: detail", and the contract's exit
 * code. The stack trace follows only with -v.
 */
public final class ErrorHandlers implements IParameterExceptionHandler, IExecutionExceptionHandler,
        IExitCodeExceptionMapper {

    private static final Pattern ENUM_VALUE = Pattern.compile(
            "Invalid value for option '(.+?)': expected one of \\[(.*)\\] \\(case-insensitive\\) but was '(.*)'");

    private final NutriKG top;

    ErrorHandlers(NutriKG top) {
        this.top = top;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        StringBuilder line = new StringBuilder(prefix(cl)).append(usageMessage(ex));
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

    /** An Error that picocli lets through (out of memory, stack overflow): one line, exit 4. */
    int handleFatal(VirtualMachineError e, ParseResult parseResult) {
        ParseResult last = parseResult;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        CommandLine cl = last.commandSpec().commandLine();
        PrintWriter err = cl.getErr();
        err.println(prefix(cl) + message(e));
        if (top.verbosity() > 0) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.FAILED;
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
            return CliMessages.ioError(u.getCause().getMessage());
        }
        if (ex instanceof StackOverflowError) {
            return CliMessages.STACK_OVERFLOW;
        }
        if (ex instanceof OutOfMemoryError) {
            return CliMessages.OUT_OF_MEMORY;
        }
        return CliMessages.internalError(ex.getClass().getSimpleName(),
                ex.getMessage() == null ? null : ex.getMessage().lines().findFirst().orElse(""));
    }

    /** picocli's message, in the project's words where picocli's own are unclear. */
    private static String usageMessage(ParameterException ex) {
        if (ex.getCause() instanceof Choices.UnknownValueException u && ex.getArgSpec() instanceof OptionSpec o) {
            return CliMessages.unknownValue(u.noun(), u.value(), o.longestName(), u.expected());
        }
        if (ex.getCause() instanceof OptionValueException v) {
            return v.getMessage();
        }
        if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String arg = u.getUnmatched().get(0);
            CommandLine cl = ex.getCommandLine();
            if (!arg.startsWith("-") && cl.getParent() == null && !cl.getSubcommands().isEmpty()) {
                return CliMessages.unknownCommand(arg, !u.getSuggestions().isEmpty());
            }
            if (!arg.startsWith("-")) {
                return CliMessages.unexpectedArgument(arg);
            }
        }
        // an enum option without a converter of Choices: picocli's own words, read with ENUM_VALUE
        Matcher m = ENUM_VALUE.matcher(ex.getMessage() == null ? "" : ex.getMessage());
        if (m.matches()) {
            return CliMessages.unknownValue("value", m.group(3), m.group(1), m.group(2).toLowerCase(Locale.ROOT));
        }
        return lowerFirst(ex.getMessage());
    }

    private static String prefix(CommandLine cl) {
        return cl.getCommandSpec().qualifiedName() + ": ";
    }

    private static String lowerFirst(String s) {
        if (s == null || s.isEmpty()) {
            return CliMessages.USAGE_ERROR;
        }
        String m = s.strip();
        if (m.length() > 1 && Character.isUpperCase(m.charAt(0)) && !Character.isUpperCase(m.charAt(1))) {
            m = Character.toLowerCase(m.charAt(0)) + m.substring(1);
        }
        return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }
}
