// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.w3id.nutrikg.cli.CliMessages;
import org.w3id.nutrikg.cli.ExitCodes;
import org.w3id.nutrikg.cli.NutriKG;
import org.w3id.nutrikg.cli.TerminalProgress;
import org.w3id.nutrikg.cli.option.Choices;
import org.w3id.nutrikg.model.store.LoadOperation;
import org.w3id.nutrikg.model.store.Loader;
import org.w3id.nutrikg.model.store.LoadOptions;
import org.w3id.nutrikg.model.store.LoadResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code nutrikg load --store DIR PATH...}: bulk-loads RDF files into a TDB2 store. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "bulk-load RDF files into a TDB2 store (--store DIR), with the bundled graph "
                + "unless --no-bundled; nothing is stored if a file does not parse")
public final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    NutriKG top;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "RDF files or folders of them (.ttl .nt .nq .trig .rdf .owl .jsonld, optionally .gz)")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--loader", paramLabel = "LOADER", completionCandidates = Choices.Loaders.class,
            converter = Choices.Loaders.class,
            description = "Jena's bulk loader: ${COMPLETION-CANDIDATES} (default: auto, phased on fewer than 4 "
                    + "cores and parallel from 4)")
    Loader loader = Loader.AUTO;

    @Override
    public Integer call() {
        Loader chosen = loader;
        Path store = top.store();
        if (store == null) {
            throw top.usage(CliMessages.LOAD_NEEDS_STORE);
        }
        if (top.endpoint() != null) {
            throw top.usage(CliMessages.LOAD_NOT_ENDPOINT);
        }
        if (!top.data().isEmpty()) {
            throw top.usage(CliMessages.LOAD_NOT_DATA);
        }
        if (!top.bundled() && paths.isEmpty()) {
            throw top.usage(CliMessages.NOTHING_TO_LOAD);
        }
        LoadResult r = LoadOperation.load(store, new LoadOptions(top.bundled(), paths, chosen), TerminalProgress.of(top));
        if (!top.quiet()) {
            PrintWriter err = spec.commandLine().getErr();
            long all = r.triples() + r.quads();
            err.println(String.format(Locale.ROOT, "loaded %,d %s%s into %s in %.1f s",
                    all, all == 1 ? "triple" : "triples",
                    r.quads() == 0 ? "" : String.format(Locale.ROOT, " (%,d from named graphs, merged)", r.quads()),
                    store, r.elapsed().toMillis() / 1000.0));
            err.flush();
        }
        return ExitCodes.OK;
    }
}
