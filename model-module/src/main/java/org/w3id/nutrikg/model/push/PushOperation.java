// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.push;

import java.time.Duration;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.nutrikg.model.graph.GraphSource;
import org.w3id.nutrikg.model.graph.SourceErrors;
import org.w3id.nutrikg.model.io.Progress;

/**
 * Uploads a graph to a server through the SPARQL 1.1 Graph Store Protocol, in chunks so that neither side
 * holds a large graph in one request. Replacing sends the first chunk with PUT and the rest with POST;
 * appending sends every chunk with POST. Triples that mention a blank node are sent together in one request,
 * so that the blank node stays one node on the server (each request has its own blank node scope).
 * Replacing is not atomic: a failure part way leaves the target graph with the chunks sent so far.
 */
public final class PushOperation {

    private static final Logger LOG = LoggerFactory.getLogger(PushOperation.class);

    private PushOperation() {
    }

    /** Streams the graph of {@code source} to the server of {@code options}. */
    public static PushResult push(GraphSource source, PushOptions options, Progress progress) {
        long start = System.nanoTime();
        Uploader up = new Uploader(options, progress);
        progress.begin("uploading", -1);
        try {
            source.stream(options.inferred(), up);
            up.flushAll();
        } catch (HttpException e) {
            throw SourceErrors.remote(options.to(), e);
        } finally {
            progress.end();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        LOG.info("{} triples pushed to {} in {} requests, {} ms", up.sent, options.to(), up.requests,
                elapsed.toMillis());
        return new PushResult(up.sent, up.requests, elapsed);
    }

    /** Collects triples into chunks and sends each when full. */
    private static final class Uploader extends StreamRDFBase {
        private final PushOptions options;
        private final Progress progress;
        private Graph chunk = GraphFactory.createDefaultGraph();
        private final Graph withBlankNodes = GraphFactory.createDefaultGraph();
        private long sent;
        private int requests;

        Uploader(PushOptions options, Progress progress) {
            this.options = options;
            this.progress = progress;
        }

        @Override
        public void triple(Triple t) {
            if (t.getSubject().isBlank() || t.getObject().isBlank()) {
                withBlankNodes.add(t);
                return;
            }
            chunk.add(t);
            if (chunk.size() >= options.chunk()) {
                send(chunk);
                chunk = GraphFactory.createDefaultGraph();
            }
        }

        @Override
        public void quad(Quad q) {
            triple(q.asTriple());
        }

        void flushAll() {
            if (!chunk.isEmpty() || requests == 0 && withBlankNodes.isEmpty()) {
                // replacing with an empty graph still empties the target
                send(chunk);
            }
            if (!withBlankNodes.isEmpty()) {
                send(withBlankNodes);
            }
        }

        private void send(Graph g) {
            GSP gsp = GSP.service(options.to().toString()).contentType(RDFFormat.NTRIPLES_UTF8);
            gsp = options.graph() == null ? gsp.defaultGraph() : gsp.graphName(options.graph());
            if (requests == 0 && !options.append()) {
                gsp.PUT(g);
            } else {
                gsp.POST(g);
            }
            requests++;
            sent += g.size();
            progress.advance(0, sent);
        }
    }
}
