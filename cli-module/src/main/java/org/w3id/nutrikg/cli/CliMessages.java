// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli;

import java.nio.file.Path;

/**
 * The messages of the command line's own usage errors (exit 2): options that do not combine, values out of
 * range, an option a command does not take. The handlers print them after "nutrikg COMMAND: "; docs/errors.md
 * lists them with their causes and fixes.
 */
public final class CliMessages {

    /** The top command run without a verb. */
    public static final String MISSING_COMMAND = "missing command (see 'nutrikg --help')";
    /** Both --store and --endpoint. */
    public static final String STORE_AND_ENDPOINT = "--store and --endpoint do not combine: give one";
    /** --data with --endpoint. */
    public static final String DATA_AND_ENDPOINT =
            "--data and --endpoint do not combine: upload the files with 'nutrikg push'";
    /** --no-bundled and nothing in its place. */
    public static final String NO_GRAPH = "--no-bundled leaves no graph: give --data too";
    /** --inferred on export from a store or endpoint. */
    public static final String EXPORT_INFERRED_NOT_IN_MEMORY =
            "--inferred applies to in-memory graphs: a store or endpoint is exported as stored";
    /** --inferred on push from a store or endpoint. */
    public static final String PUSH_INFERRED_NOT_IN_MEMORY =
            "--inferred applies to in-memory graphs: a store or endpoint is sent as stored";
    /** load without --store. */
    public static final String LOAD_NEEDS_STORE = "load needs --store DIR: the store to make or add to";
    /** load with --endpoint. */
    public static final String LOAD_NOT_ENDPOINT =
            "load fills a local store: to upload to an endpoint's server use 'nutrikg push --to URL'";
    /** load with --data. */
    public static final String LOAD_NOT_DATA = "load takes its files as arguments, not --data";
    /** load with --no-bundled and no files. */
    public static final String NOTHING_TO_LOAD =
            "nothing to load: give files, or leave out --no-bundled to load the bundled graph";
    /** serve with --endpoint. */
    public static final String SERVE_NEEDS_LOCAL_GRAPH = "serve needs a local graph (bundled, --data or --store), not --endpoint";

    /** A usage error that picocli gave no words for. */
    public static final String USAGE_ERROR = "usage error";
    /** The JVM ran out of stack. */
    public static final String STACK_OVERFLOW =
            "nested too deeply to process (stack overflow): give Java a larger stack (JAVA_OPTS=-Xss64m)";
    /** The JVM ran out of heap. */
    public static final String OUT_OF_MEMORY = "out of memory: give Java more heap (JAVA_OPTS=-Xmx4g)";

    private CliMessages() {
    }

    /** An I/O failure that no operation worded. */
    public static String ioError(String detail) {
        return "I/O error: " + detail;
    }

    /** A failure NutriKG did not foresee: the exception's class and first line ({@code detail} may be null). */
    public static String internalError(String exception, String detail) {
        return "internal error: " + exception + (detail == null ? "" : ": " + detail) + " (run with -v for details)";
    }

    /** --data with --store. */
    public static String dataAndStore(Path store) {
        return "--data and --store do not combine: load the files into the store with 'nutrikg load --store "
                + store + " FILE...'";
    }

    /** --reasoning other than none with a store ({@code endpoint} false) or an endpoint. */
    public static String reasoningNotInMemory(String level, boolean endpoint) {
        return "--reasoning " + level + " applies to in-memory graphs only: "
                + (endpoint ? "an endpoint answers as it reasons" : "a store is queried as stored");
    }

    /** An unknown name for an option with a fixed set ("unknown format 'yaml' for --format (expected: ...)"). */
    public static String unknownValue(String noun, String value, String option, String expected) {
        return "unknown " + noun + " '" + value + "' for " + option + " (expected: " + expected + ")";
    }

    /** A query --format that names a format of the other kind of query. */
    public static String formatDoesNotFit(String format, String queryType, String expected) {
        return "format '" + format + "' does not fit a " + queryType + " query (expected: " + expected + ")";
    }

    /** --param without '='. */
    public static String paramWithoutEquals(String param) {
        return "--param takes NAME=VALUE, not '" + param + "' (e.g. --param nutrient=nkr:Potassium)";
    }

    /** --param binding a name twice. */
    public static String paramTwice(String name) {
        return "--param '" + name + "' is given twice";
    }

    /** --context or --frame without --format jsonld. */
    public static String jsonLdOnly(String option) {
        return option + " applies to --format jsonld only";
    }

    /** validate with --store or --endpoint. */
    public static String validateNotRemote(String option) {
        return "validate checks RDF files and the bundled graph, not " + option
                + ": validate the files you load, or an export";
    }

    /** A --timeout of zero, less, or infinity. */
    public static String timeoutNotPositive(double seconds) {
        return "--timeout takes a positive number of seconds, not '" + seconds + "'";
    }

    /** serve --port outside 0 to 65535. */
    public static String portOutOfRange(int port) {
        return "--port takes 0 to 65535, not '" + port + "'";
    }

    /** push --graph not an absolute IRI. */
    public static String graphNotAbsolute(String graph) {
        return "--graph takes an absolute IRI, not '" + graph + "'";
    }

    /** push --chunk zero or less. */
    public static String chunkNotPositive(int chunk) {
        return "--chunk takes a positive number of triples, not '" + chunk + "'";
    }

    /** validate: the files that did not parse, the first one's place, the report's summary. */
    public static String filesDoNotParse(long count, String firstPlace, String summary) {
        return (count == 1 ? "a file does not parse" : count + " files do not parse") + ": " + firstPlace + " ("
                + summary + ")";
    }

    /** validate: findings at or above the threshold. */
    public static String findings(String summary, String threshold) {
        return summary + " (--fail-on " + threshold + ")";
    }

    /** An unknown verb; the suggestion, if any, follows. */
    public static String unknownCommand(String arg, boolean suggested) {
        return "unknown command '" + arg + "'" + (suggested ? "" : " (see 'nutrikg --help')");
    }

    /** A positional argument the command does not take. */
    public static String unexpectedArgument(String arg) {
        return "unexpected argument '" + arg + "'";
    }
}
