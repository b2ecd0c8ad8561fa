// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.sys.JenaSystem;
import org.slf4j.LoggerFactory;
import org.w3id.nutrikg.cli.command.DescribeCommand;
import org.w3id.nutrikg.cli.command.DocsCommand;
import org.w3id.nutrikg.cli.command.ExportCommand;
import org.w3id.nutrikg.cli.command.LoadCommand;
import org.w3id.nutrikg.cli.command.QueriesCommand;
import org.w3id.nutrikg.cli.command.PushCommand;
import org.w3id.nutrikg.cli.command.QueryCommand;
import org.w3id.nutrikg.cli.command.SearchCommand;
import org.w3id.nutrikg.cli.command.ServeCommand;
import org.w3id.nutrikg.cli.command.StatsCommand;
import org.w3id.nutrikg.cli.command.TemplateCommand;
import org.w3id.nutrikg.cli.command.ValidateCommand;
import org.w3id.nutrikg.cli.option.GlobalOptions;
import org.w3id.nutrikg.model.graph.GraphSpec;
import org.w3id.nutrikg.model.InvalidArgumentException;
import org.w3id.nutrikg.model.graph.GraphSource;
import org.w3id.nutrikg.model.graph.GraphSources;
import org.w3id.nutrikg.model.graph.Reasoning;
import org.w3id.nutrikg.model.graph.SourceErrors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The top command, {@code nutrikg}: global options, the subcommands, and the wiring of the command line. */
@Command(name = "nutrikg",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "query, export and check the NutriKG nutrition knowledge graph",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:validate found violations",
            "2:usage error: unknown command, option, format or parameter",
            "3:bad input: a missing file, RDF or SPARQL that does not parse",
            "4:the work failed: timeout, I/O error, unreachable endpoint"},
        footer = {"", "Data goes to stdout, messages to stderr. See README.md for a tour, docs/errors.md for the error list."})
public final class NutriKG implements Runnable {

    /**
     * The commands, in the order help lists them. Added to the top command in {@link #commandLine}, not listed
     * in its annotation: a run builds picocli's model of the commands it names only (see there).
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            QueryCommand.class,
            QueriesCommand.class,
            ExportCommand.class,
            DescribeCommand.class,
            SearchCommand.class,
            StatsCommand.class,
            ValidateCommand.class,
            TemplateCommand.class,
            DocsCommand.class,
            LoadCommand.class,
            ServeCommand.class,
            PushCommand.class,
            HelpCommand.class,
            AutoComplete.GenerateCompletion.class);

    @Spec
    CommandSpec spec;

    private java.io.OutputStream stdout;

    @Mixin
    GlobalOptions global;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        CommandLine cl = commandLine(out, err, args);
        ((NutriKG) cl.getCommand()).stdout = System.out;
        int code = cl.execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** The command line with every command, writing to the given streams. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, null);
    }

    /**
     * The command line wired as {@code main} uses it for {@code args}, writing to the given streams; tests use
     * it too. Building picocli's model of a command reads its annotations, options and mixins by reflection,
     * some 50 ms for all of them at a cold start: only the commands named among {@code args} are added; all of
     * them when none is named (to suggest the nearest to a misspelt one), for help and generate-completion, or
     * when {@code args} is null.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, String[] args) {
        // Jena's subsystems (TDB2, Fuseki) must initialise before any vocabulary class does, or class
        // initialisation goes round in a circle: the first Jena class a command touches can be RDF itself
        JenaSystem.init();
        if (args != null) {
            ReadAhead.start(args);
        }
        NutriKG top = new NutriKG();
        CommandLine cl = new CommandLine(top);
        for (Class<?> command : needed(args)) {
            cl.addSubcommand(command);
        }
        ErrorHandlers handlers = new ErrorHandlers(top);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(handlers);
        cl.setExecutionExceptionHandler(handlers);
        cl.setExitCodeExceptionMapper(handlers);
        cl.setExecutionStrategy(parseResult -> {
            top.configureLogging();
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } catch (OutOfMemoryError | StackOverflowError e) {
                // picocli hands Exceptions to the handler, not Errors: these two would end the JVM with a trace
                return handlers.handleFatal(e, parseResult);
            }
        });
        return cl;
    }

    /** The commands that {@code args} may run: those named among them, or all. */
    static List<Class<?>> needed(String[] args) {
        if (args == null) {
            return SUBCOMMANDS;
        }
        Set<String> words = Set.copyOf(Arrays.asList(args));
        List<Class<?>> named = SUBCOMMANDS.stream()
                .filter(c -> words.contains(c.getAnnotation(Command.class).name()))
                .toList();
        // help lists every command, and generate-completion completes them all
        return named.isEmpty() || words.contains("help") || words.contains("generate-completion") ? SUBCOMMANDS : named;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), CliMessages.MISSING_COMMAND);
    }

    /**
     * The byte stream behind the command's stdout writer when it is the process's own (set by {@link #main}), so
     * that large outputs skip a decode and re-encode; null when a caller gave only writers (tests).
     */
    public java.io.OutputStream stdout() {
        return stdout;
    }

    /** How many times -v was given. */
    public int verbosity() {
        return global.verbosity();
    }

    /** The graph the global options name. */
    public GraphSpec graphSpec() {
        return graphSpec(false);
    }

    /**
     * The graph the global options name; {@code moreFiles} says the command brings files of its own, so that
     * --no-bundled without --data still leaves a graph.
     */
    public GraphSpec graphSpec(boolean moreFiles) {
        Reasoning reasoning = global.reasoning();
        boolean reasons = reasoning != null && reasoning != Reasoning.NONE;
        if (global.endpoint() != null) {
            if (global.store() != null) {
                throw usage(CliMessages.STORE_AND_ENDPOINT);
            }
            if (!global.data().isEmpty()) {
                throw usage(CliMessages.DATA_AND_ENDPOINT);
            }
            if (reasons) {
                throw usage(CliMessages.reasoningNotInMemory(reasoning.name().toLowerCase(Locale.ROOT), true));
            }
            return GraphSpec.ofEndpoint(httpUrl("--endpoint", global.endpoint()));
        }
        if (global.store() != null) {
            if (!global.data().isEmpty()) {
                throw usage(CliMessages.dataAndStore(global.store()));
            }
            if (reasons) {
                throw usage(CliMessages.reasoningNotInMemory(reasoning.name().toLowerCase(Locale.ROOT), false));
            }
            return GraphSpec.ofStore(global.store());
        }
        if (global.noBundled() && global.data().isEmpty() && !moreFiles) {
            throw new InvalidArgumentException(CliMessages.NO_GRAPH);
        }
        return new GraphSpec(!global.noBundled(), global.data(), reasoning == null ? Reasoning.OWL : reasoning);
    }

    /** A usage error (exit 2) reported under the name of the command that runs, e.g. "nutrikg query: ...". */
    public ParameterException usage(String message) {
        CommandLine running = spec.commandLine();
        CommandLine.ParseResult pr = running.getParseResult();
        while (pr != null && pr.hasSubcommand()) {
            pr = pr.subcommand();
            running = pr.commandSpec().commandLine();
        }
        return new ParameterException(running, message);
    }

    /** {@code value} as an absolute http or https URL, or a usage error naming {@code option}. */
    public URI httpUrl(String option, String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw usage(SourceErrors.notHttp(option, value));
    }

    /** The --endpoint URL as given, or null. */
    public String endpoint() {
        return global.endpoint();
    }

    /** The --store folder, or null. */
    public Path store() {
        return global.store();
    }

    /** The --data paths, in order. */
    public List<Path> data() {
        return global.data();
    }

    /** Whether the bundled graph is wanted (no --no-bundled). */
    public boolean bundled() {
        return !global.noBundled();
    }

    /** Whether -q was given: commands then print nothing but errors on stderr. */
    public boolean quiet() {
        return global.quiet();
    }

    /** Loads, or connects to, the graph the global options name. */
    public GraphSource openGraph() {
        return GraphSources.open(graphSpec());
    }

    /** Whether queries may use SERVICE. */
    public boolean allowService() {
        return global.allowService();
    }

    private void configureLogging() {
        Level level = global.quiet() ? Level.ERROR : switch (global.verbosity()) {
            case 0 -> Level.WARN;
            case 1 -> Level.INFO;
            default -> Level.DEBUG;
        };
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(level);
        }
    }
}
