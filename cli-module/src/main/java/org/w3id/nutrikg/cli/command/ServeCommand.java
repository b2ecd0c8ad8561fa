// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.command;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.w3id.nutrikg.cli.CliMessages;
import org.w3id.nutrikg.cli.ExitCodes;
import org.w3id.nutrikg.cli.NutriKG;
import org.w3id.nutrikg.model.graph.GraphSource;
import org.w3id.nutrikg.model.serve.Endpoint;
import org.w3id.nutrikg.model.serve.Request;
import org.w3id.nutrikg.model.serve.ServeOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code nutrikg serve}: a SPARQL endpoint over the graph, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "serve the graph as a SPARQL 1.1 endpoint (Apache Jena Fuseki, embedded) at "
                + "/nutrikg/sparql, with the Graph Store Protocol at /nutrikg/data, and its IRIs as pages and RDF "
                + "(/resource/NAME, /ontology), a home page at / and a SPARQL query page at /query; read-only "
                + "unless --update; Ctrl-C stops")
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    NutriKG top;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "the interface to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    String host = ServeOptions.DEFAULT_HOST;

    @Option(names = "--port", paramLabel = "PORT", description = "the TCP port (default: ${DEFAULT-VALUE})")
    int port = ServeOptions.DEFAULT_PORT;

    @Option(names = "--update", description = "allow SPARQL Update and Graph Store Protocol writes")
    boolean update;

    @Option(names = "--cors", description = "let web pages from other origins query the endpoint")
    boolean cors;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "stop any one query after SECONDS (default: ${DEFAULT-VALUE})")
    double timeout = 30;

    @Override
    public Integer call() throws InterruptedException {
        if (top.endpoint() != null) {
            throw top.usage(CliMessages.SERVE_NEEDS_LOCAL_GRAPH);
        }
        if (port < 0 || port > 65535) {
            throw top.usage(CliMessages.portOutOfRange(port));
        }
        if (!(timeout > 0) || Double.isInfinite(timeout)) {
            throw top.usage(CliMessages.timeoutNotPositive(timeout));
        }
        ServeOptions options = new ServeOptions(host, port, update, cors,
                Duration.ofMillis(Math.max(1, Math.round(timeout * 1000))));
        PrintWriter err = spec.commandLine().getErr();
        Consumer<Request> log = top.quiet() ? r -> { } : r -> {
            err.println(r.line());
            err.flush();
        };
        CountDownLatch finished = new CountDownLatch(1);
        boolean served = false;
        try (GraphSource graph = top.openGraph();
                Endpoint endpoint = Endpoint.start(graph.datasetGraph(), options, log)) {
            Thread onSignal = new Thread(() -> {
                endpoint.close();
                try {
                    // let the command release the graph (a store's lock) and say so before the JVM ends
                    finished.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "nutrikg-serve-stop");
            Runtime.getRuntime().addShutdownHook(onSignal);
            served = true;
            if (!top.quiet()) {
                err.println("serving " + graph.label() + (update ? " read-write" : " read-only") + " at "
                        + endpoint.queryUrl() + " (Graph Store Protocol: " + endpoint.datasetUrl().resolve("data")
                        + "); Ctrl-C stops");
                err.flush();
            }
            try {
                endpoint.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(onSignal);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running: it waits for us below
                }
            }
        } finally {
            if (served && !top.quiet()) {
                err.println("stopped");
                err.flush();
            }
            finished.countDown();
        }
        return ExitCodes.OK;
    }
}
