// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.graph;

import java.time.Duration;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The graph a command works on, wherever it lives: in memory, in a store, or behind an endpoint.
 * Operations that only need SPARQL go through {@link #query}, so that they work the same on each.
 */
public interface GraphSource extends AutoCloseable {

    /**
     * The named graph that holds the asserted triples, where a source can tell them apart (in memory); the
     * default graph that queries see is always the whole graph.
     */
    String ASSERTED_GRAPH = "urn:nutrikg:graph:asserted";

    /** The named graph that holds the triples reasoning added, where a source has them (in memory). */
    String INFERRED_GRAPH = "urn:nutrikg:graph:inferred";

    /**
     * An execution of {@code query} over this graph, with {@code params} bound (substituted into the
     * parsed query, never spliced as text), bounded by {@code timeout} (null: none), and SPARQL
     * {@code SERVICE} refused unless {@code allowService}.
     */
    QueryExecution query(Query query, Map<String, RDFNode> params, Duration timeout, boolean allowService);

    /** Sends every triple (asserted, and inferred when asked and available) to {@code dest}. */
    void stream(boolean withInferred, StreamRDF dest);

    /** The triples as an in-memory graph, for writers that need the whole graph at once. */
    Graph graph(boolean withInferred);

    /**
     * The graph as a transactional dataset that an embedded server can serve, running its own transactions:
     * the store itself, or an in-memory copy. A remote endpoint has none.
     */
    default DatasetGraph datasetGraph() {
        throw new UnsupportedOperationException(label() + " cannot be served from here");
    }

    /** Whether {@link #stream} sends triples without first building the graph in memory. */
    default boolean streams() {
        return false;
    }

    /** What messages call this graph, e.g. "the bundled graph" or "store /data/s". */
    String label();

    /** Releases the store or connection; an in-memory graph has nothing to release. */
    @Override
    void close();
}
