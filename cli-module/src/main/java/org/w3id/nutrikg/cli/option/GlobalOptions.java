// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.w3id.nutrikg.model.graph.Reasoning;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options CLI.md calls global: which graph a command works on, and how much it logs. Mixed into the top
 * command once; {@code ScopeType.INHERIT} gives every subcommand the same options, so that they go before or
 * after the verb, and their values land here whichever place they were given in.
 */
public final class GlobalOptions {

    @Option(names = "--data", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "an RDF file or a folder of them, merged over the bundled graph (repeatable)")
    List<Path> data = new ArrayList<>();

    @Option(names = "--no-bundled", scope = ScopeType.INHERIT,
            description = "leave the bundled ontology and data out")
    boolean noBundled;

    @Option(names = "--store", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "a TDB2 store on disk (made by 'load') instead of memory")
    Path store;

    @Option(names = "--endpoint", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "a remote SPARQL 1.1 query endpoint instead of a local graph")
    String endpoint;

    @Option(names = "--reasoning", paramLabel = "LEVEL", scope = ScopeType.INHERIT,
            completionCandidates = Choices.ReasoningLevels.class, converter = Choices.ReasoningLevels.class,
            description = "entailments visible to queries: ${COMPLETION-CANDIDATES} "
                    + "(default: owl in memory, none with --store and --endpoint)")
    Reasoning reasoning;

    @Option(names = "--allow-service", scope = ScopeType.INHERIT,
            description = "let queries use SPARQL SERVICE to reach other endpoints")
    boolean allowService;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "log more on stderr, with stack traces on errors (-vv: debug)")
    boolean[] verbose = new boolean[0];

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "log errors only")
    boolean quiet;

    /** The --data paths, in order. */
    public List<Path> data() {
        return List.copyOf(data);
    }

    /** Whether --no-bundled was given. */
    public boolean noBundled() {
        return noBundled;
    }

    /** The --store folder, or null. */
    public Path store() {
        return store;
    }

    /** The --endpoint URL as given, or null. */
    public String endpoint() {
        return endpoint;
    }

    /** The --reasoning level, or null when not given (the default depends on the graph). */
    public Reasoning reasoning() {
        return reasoning;
    }

    /** Whether queries may use SERVICE. */
    public boolean allowService() {
        return allowService;
    }

    /** How many times -v was given. */
    public int verbosity() {
        return verbose.length;
    }

    /** Whether -q was given. */
    public boolean quiet() {
        return quiet;
    }
}
