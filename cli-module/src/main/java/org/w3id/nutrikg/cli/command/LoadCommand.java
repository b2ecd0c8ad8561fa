// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.w3id.nutrikg.cli.ExitCodes;
import org.w3id.nutrikg.cli.NutriKG;
import org.w3id.nutrikg.cli.TerminalProgress;
import org.w3id.nutrikg.model.store.LoadOperation;
import org.w3id.nutrikg.model.store.Loader;
import org.w3id.nutrikg.model.store.LoadOptions;
import org.w3id.nutrikg.model.store.LoadResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

    @Option(names = "--loader", paramLabel = "LOADER",
            description = "Jena's bulk loader: auto (default: phased on fewer than 4 cores, parallel from 4), "
                    + "phased, parallel, light or sequential")
    String loader = "auto";

    @Override
    public Integer call() {
        Loader chosen = Loader.of(loader).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown loader '" + loader + "' for --loader (expected: " + Loader.names() + ")"));
        Path store = top.store();
        if (store == null) {
            throw top.usage("load needs --store DIR: the store to make or add to");
        }
        if (top.endpoint() != null) {
            throw top.usage("load fills a local store: to upload to an endpoint's server use 'nutrikg push --to URL'");
        }
        if (!top.data().isEmpty()) {
            throw top.usage("load takes its files as arguments, not --data");
        }
        if (!top.bundled() && paths.isEmpty()) {
            throw top.usage("nothing to load: give files, or leave out --no-bundled to load the bundled graph");
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
