// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.serve;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.jena.fuseki.access.InitSecurity;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.InitFusekiMain;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.DatabaseMgr;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A SPARQL 1.1 endpoint over a dataset: Apache Jena Fuseki, embedded, set up for NutriKG. The dataset is
 * served at {@code /nutrikg}: SPARQL Query at {@code /nutrikg/sparql} and {@code /nutrikg/query}, the Graph
 * Store Protocol at {@code /nutrikg/data}, and both at {@code /nutrikg} itself. The IRIs of the graph are
 * answered too, under their own paths: {@code /resource/NAME} and {@code /ontology} in HTML or RDF by content
 * negotiation, a home page at {@code /}, a SPARQL query page at {@code /query}, the VoID description at
 * {@code /.well-known/void} and the service description at a GET of {@code /nutrikg/sparql} without a query.
 * <p>
 * Fuseki's own {@code FusekiServer.Builder.add(name, dataset)} serves read-write on every interface; here
 * the services are listed one by one instead: no SPARQL Update and no GSP writes unless
 * {@link ServeOptions#update()} (and an in-memory dataset is wrapped read-only as well), one interface
 * ({@link ServeOptions#host()}), CORS only when asked, {@code SERVICE} refused and a timeout on every query.
 */
public final class Endpoint implements AutoCloseable {

    /** The dataset's path segment. */
    public static final String NAME = "nutrikg";

    private static final Logger LOG = LoggerFactory.getLogger(Endpoint.class);

    private final FusekiServer server;
    private final String host;
    private final int port;

    private Endpoint(FusekiServer server, String host, int port) {
        this.server = server;
        this.host = host;
        this.port = port;
    }

    /**
     * Starts serving {@code dataset}, which must be transactional; each answered request is told to
     * {@code requests}, from the server's threads.
     */
    public static Endpoint start(DatasetGraph dataset, ServeOptions options, Consumer<Request> requests) {
        // Fuseki's subsystems, which Jena initialises at start from their service files when they are on the
        // classpath; the command line's jar leaves those files out, so that the commands that serve nothing do
        // not initialise a server (about 30 ms at every start). Both calls do nothing the second time.
        InitFusekiMain.init();
        new InitSecurity().start();
        // Read-only is the services listed below: no update and no GSP-write service exists unless asked. An
        // in-memory dataset is wrapped read-only as well; a TDB2 store is not, because TDB2's own query engine
        // (joins on node ids) runs only on the store itself, and a wrapper would hand it to the general engine.
        DatasetGraph served = options.update() || DatabaseMgr.isTDB2(dataset) ? dataset
                : new DatasetGraphReadOnly(dataset);
        Context perQuery = new Context();
        perQuery.set(ARQ.queryTimeout, Long.toString(options.timeout().toMillis()));
        perQuery.set(ARQ.httpServiceAllowed, false);

        DataService.Builder service = DataService.newBuilder(served);
        for (String name : List.of("sparql", "query", "")) {
            service.addEndpoint(org.apache.jena.fuseki.server.Endpoint.create()
                    .operation(Operation.Query).processor(new NoServiceQuery()).endpointName(name).context(perQuery)
                    .build());
        }
        Operation gsp = options.update() ? Operation.GSP_RW : Operation.GSP_R;
        service.addEndpoint(gsp, "data");
        service.addEndpoint(gsp, "");
        if (options.update()) {
            service.addEndpoint(Operation.Update, "update");
            service.addEndpoint(Operation.Update, "");
        } else {
            // an update finds a service that says why it is refused (405), not a missing one (404, 400)
            for (String name : List.of("update", "")) {
                service.addEndpoint(org.apache.jena.fuseki.server.Endpoint.create()
                        .operation(Operation.Update).processor(ReadOnly.UPDATE).endpointName(name).build());
            }
        }

        FusekiServer server = FusekiServer.create()
                .fusekiModules(FusekiModules.create())
                .port(options.port())
                .verbose(false)
                .enableCors(options.cors())
                .addFilter("/*", new RequestLog(requests))
                .addFilter("/*", new UnreadBody())
                .addFilter("/*", new LinkedDataFilter(served, options.update(), "/" + NAME))
                .add("/" + NAME, service)
                .build();
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(options.host());
            }
        }
        try {
            server.start();
        } catch (RuntimeException e) {
            stopQuietly(server);
            throw translate(e, options);
        }
        int actual = server.getHttpPort();
        LOG.info("serving on {}:{} ({})", options.host(), actual, options.update() ? "read-write" : "read-only");
        return new Endpoint(server, options.host(), actual);
    }

    private static RuntimeException translate(RuntimeException e, ServeOptions o) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException || t instanceof IOException && t.getMessage() != null
                    && t.getMessage().startsWith("Failed to bind")) {
                String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
                if (m.contains("in use")) {
                    return ServeErrors.portInUse(o.port(), o.host(), e);
                }
                if (t instanceof BindException) {
                    return ServeErrors.cannotListen(o.port(), o.host(), m, e);
                }
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException b) {
                return ServeErrors.cannotListen(o.port(), o.host(), String.valueOf(b.getMessage()), e);
            }
        }
        return e;
    }

    /** The port listened on (the free one chosen when 0 was asked). */
    public int port() {
        return port;
    }

    /** The base URL of the dataset, e.g. "http://127.0.0.1:3030/nutrikg/". */
    public URI datasetUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + h + ":" + port + "/" + NAME + "/");
    }

    /** The SPARQL query URL, e.g. "http://127.0.0.1:3030/nutrikg/sparql". */
    public URI queryUrl() {
        return datasetUrl().resolve("sparql");
    }

    /** Waits until the endpoint stops; an interrupt ends the wait. */
    public void await() throws InterruptedException {
        server.getJettyServer().join();
    }

    /** Stops serving: requests under way finish, new ones are refused. */
    @Override
    public void close() {
        stopQuietly(server);
    }

    private static void stopQuietly(FusekiServer server) {
        try {
            if (!server.getJettyServer().isStopped()) {
                server.stop();
            }
        } catch (RuntimeException e) {
            LOG.debug("while stopping: {}", e.toString());
        }
    }

    /** Tells each answered request to a listener: one line per request in the command's log. */
    private static final class RequestLog implements Filter {
        private final Consumer<Request> requests;

        RequestLog(Consumer<Request> requests) {
            this.requests = requests;
        }

        @Override
        public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
                throws IOException, ServletException {
            long start = System.nanoTime();
            try {
                chain.doFilter(req, res);
            } finally {
                if (req instanceof HttpServletRequest http && res instanceof HttpServletResponse answer) {
                    requests.accept(new Request(http.getRemoteAddr(), http.getMethod(), http.getRequestURI(),
                            answer.getStatus(), (System.nanoTime() - start) / 1_000_000));
                }
            }
        }
    }
}
