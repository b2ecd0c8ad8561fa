// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.command;

import java.io.PrintWriter;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.jena.irix.IRIs;
import org.w3id.nutrikg.cli.CliMessages;
import org.w3id.nutrikg.cli.ExitCodes;
import org.w3id.nutrikg.cli.NutriKG;
import org.w3id.nutrikg.cli.TerminalProgress;
import org.w3id.nutrikg.model.graph.GraphSource;
import org.w3id.nutrikg.model.push.PushOperation;
import org.w3id.nutrikg.model.push.PushOptions;
import org.w3id.nutrikg.model.push.PushResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code nutrikg push --to URL}: uploads the graph to a server through the Graph Store Protocol. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = "upload the graph to another server's SPARQL Graph Store Protocol service "
                + "(e.g. http://host:3030/ds/data), replacing the target graph unless --append")
public final class PushCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    NutriKG top;

    @Option(names = "--to", paramLabel = "URL", required = true,
            description = "the Graph Store Protocol service to upload to")
    String to;

    @Option(names = "--graph", paramLabel = "IRI", description = "the named graph to write (default: the default graph)")
    String graph;

    @Option(names = "--append", description = "add to the target graph instead of replacing it")
    boolean append;

    @Option(names = "--chunk", paramLabel = "TRIPLES",
            description = "the most triples sent in one request (default: ${DEFAULT-VALUE})")
    int chunk = PushOptions.DEFAULT_CHUNK;

    @Option(names = "--inferred", description = "send the entailments of --reasoning too (in-memory graphs)")
    boolean inferred;

    @Override
    public Integer call() {
        URI target = top.httpUrl("--to", to);
        if (graph != null && (!graph.matches("[A-Za-z][A-Za-z0-9+.-]*:\\S+") || !IRIs.check(graph))) {
            throw top.usage(CliMessages.graphNotAbsolute(graph));
        }
        if (chunk < 1) {
            throw top.usage(CliMessages.chunkNotPositive(chunk));
        }
        if (inferred && !top.graphSpec().inMemory()) {
            throw top.usage(CliMessages.PUSH_INFERRED_NOT_IN_MEMORY);
        }
        PushOptions options = new PushOptions(target, graph, append, chunk, inferred);
        PushResult r;
        try (GraphSource source = top.openGraph()) {
            r = PushOperation.push(source, options, TerminalProgress.of(top));
        }
        if (!top.quiet()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(String.format(Locale.ROOT, "pushed %,d %s to %s (%s) in %.1f s", r.triples(),
                    r.triples() == 1 ? "triple" : "triples", target,
                    graph == null ? "default graph" : "graph <" + graph + ">", r.elapsed().toMillis() / 1000.0));
            err.flush();
        }
        return ExitCodes.OK;
    }
}
