// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.w3id.nutrikg.model.graph.BundledGraph;
import org.w3id.nutrikg.model.graph.Reasoning;

/**
 * Guesses from the raw arguments, before picocli parses them, whether a run will load the bundled graph, and
 * with which reasoning; if so, the graph is read on a thread of its own while picocli builds and parses
 * ({@link BundledGraph#readAhead}). A wrong guess costs only the reading: the graph is read again, or not
 * used, and what the command does is decided by picocli's parse as always.
 */
final class ReadAhead {

    /** The commands that load the bundled graph unless told otherwise. */
    private static final Set<String> LOADING = Set.of("query", "export", "describe", "search", "stats", "validate",
            "docs", "serve");
    /** Global options that take a value (the next word), as CLI.md lists them. */
    private static final Set<String> VALUED = Set.of("--data", "--store", "--endpoint", "--reasoning");

    private ReadAhead() {
    }

    /** Starts reading the bundled graph ahead when {@code args} look like a run that loads it. */
    static void start(String[] args) {
        reasoning(args).ifPresent(BundledGraph::readAhead);
    }

    /**
     * The reasoning whose entailments a run with {@code args} would load with the bundled graph (NONE: the
     * asserted triples only, as with --data, whose entailments are computed), or empty when it would not load
     * the bundled graph, or the guess is unsure.
     */
    static Optional<Reasoning> reasoning(String[] args) {
        String verb = null;
        Reasoning reasoning = Reasoning.OWL;
        boolean data = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            switch (name) {
            case "--store", "--endpoint", "--no-bundled", "--help", "-h", "--version", "-V", "--" -> {
                return Optional.empty();
            }
            case "--data" -> data = true;
            case "--reasoning" -> {
                String value = equals >= 0 ? arg.substring(equals + 1) : i + 1 < args.length ? args[i + 1] : "";
                try {
                    reasoning = Reasoning.valueOf(value.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
            default -> {
                if (verb == null && !arg.startsWith("-")) {
                    verb = arg;
                }
            }
            }
            if (VALUED.contains(name) && equals < 0) {
                i++;
            }
        }
        if (verb == null || !LOADING.contains(verb)) {
            return Optional.empty();
        }
        return Optional.of(data ? Reasoning.NONE : reasoning);
    }
}
