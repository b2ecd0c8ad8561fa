// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.graph;

import java.time.Duration;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.nutrikg.model.vocab.Prefixes;

/** A {@link KnowledgeGraph} loaded into memory, as a {@link GraphSource}. */
public final class InMemorySource implements GraphSource {

    private final KnowledgeGraph graph;
    private final Dataset dataset;
    private final String label;

    public InMemorySource(KnowledgeGraph graph, String label) {
        this.graph = graph;
        this.dataset = graph.dataset();
        this.label = label;
    }

    /** The loaded graph. */
    public KnowledgeGraph knowledgeGraph() {
        return graph;
    }

    @Override
    public QueryExecution query(Query query, Map<String, RDFNode> params, Duration timeout, boolean allowService) {
        return LocalQueries.build(dataset, query, params, timeout, allowService);
    }

    @Override
    public void stream(boolean withInferred, StreamRDF dest) {
        dest.start();
        StreamRDFOps.sendGraphToStream(graph(withInferred), dest);
        dest.finish();
    }

    @Override
    public Graph graph(boolean withInferred) {
        return withInferred ? graph.visible() : graph.asserted();
    }

    @Override
    public DatasetGraph datasetGraph() {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        copy.executeWrite(() -> {
            graph.visible().find().forEach(copy.getDefaultGraph()::add);
            Node asserted = NodeFactory.createURI(ASSERTED_GRAPH);
            Node inferred = NodeFactory.createURI(INFERRED_GRAPH);
            graph.asserted().find().forEach(t -> copy.add(asserted, t.getSubject(), t.getPredicate(), t.getObject()));
            graph.inferred().find().forEach(t -> copy.add(inferred, t.getSubject(), t.getPredicate(), t.getObject()));
            copy.prefixes().putAll(Prefixes.map());
        });
        return copy;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
