// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.graph;

import java.net.URI;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExecutionAdapter;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.nutrikg.model.vocab.Prefixes;

/**
 * The graph behind a remote SPARQL 1.1 query endpoint (Fuseki, GraphDB, Virtuoso, QLever, Oxigraph ...),
 * spoken to over the SPARQL 1.1 Protocol. Parameters are substituted into the parsed query before it is sent;
 * the whole graph is read with {@code CONSTRUCT WHERE { ?s ?p ?o }}, streamed as N-Triples. The endpoint
 * answers as it stores and reasons: there is no separate set of entailments here.
 */
public final class EndpointSource implements GraphSource {

    private static final String ALL = "CONSTRUCT WHERE { ?s ?p ?o }";

    private final URI url;

    public EndpointSource(URI url) {
        this.url = url;
    }

    /** The endpoint's URL. */
    public URI url() {
        return url;
    }

    @Override
    public QueryExecution query(Query query, Map<String, RDFNode> params, Duration timeout, boolean allowService) {
        QueryExecHTTPBuilder b = QueryExecHTTP.service(url.toString()).query(query);
        params.forEach((name, value) -> b.substitution(name, value.asNode()));
        if (timeout != null) {
            b.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        return new Remote(b.build());
    }

    @Override
    public void stream(boolean withInferred, StreamRDF dest) {
        try (QueryExecution qe = all()) {
            Iterator<Triple> triples = qe.execConstructTriples();
            dest.start();
            Prefixes.map().forEach(dest::prefix);
            triples.forEachRemaining(dest::triple);
            dest.finish();
        }
    }

    @Override
    public Graph graph(boolean withInferred) {
        Graph g = GraphFactory.createDefaultGraph();
        try (QueryExecution qe = all()) {
            qe.execConstructTriples().forEachRemaining(g::add);
        }
        return g;
    }

    private QueryExecution all() {
        return new Remote(QueryExecHTTP.service(url.toString())
                .query(QueryFactory.create(ALL))
                .acceptHeaderGraph(WebContent.contentTypeNTriples)
                .build());
    }

    @Override
    public boolean streams() {
        return true;
    }

    @Override
    public String label() {
        return "endpoint '" + url + "'";
    }

    @Override
    public void close() {
        // one HTTP request per query: nothing is held open between them
    }

    /** A remote query whose failures say which endpoint failed and how, in one line (exit code 4). */
    private final class Remote extends QueryExecutionAdapter {

        Remote(QueryExecHTTP exec) {
            super(exec);
        }

        private <T> T remote(Supplier<T> call) {
            try {
                return call.get();
            } catch (QueryExceptionHTTP | HttpException e) {
                throw SourceErrors.remote(url, e);
            }
        }

        @Override
        public ResultSet execSelect() {
            return remote(super::execSelect);
        }

        @Override
        public boolean execAsk() {
            return remote(super::execAsk);
        }

        @Override
        public Model execConstruct() {
            return remote(() -> super.execConstruct());
        }

        @Override
        public Model execDescribe() {
            return remote(() -> super.execDescribe());
        }

        @Override
        public Iterator<Triple> execConstructTriples() {
            return remote(super::execConstructTriples);
        }

        @Override
        public Iterator<Triple> execDescribeTriples() {
            return remote(super::execDescribeTriples);
        }
    }
}
