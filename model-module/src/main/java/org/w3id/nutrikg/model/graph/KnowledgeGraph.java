// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.graph;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A loaded graph: what was asserted, what reasoning added, and the union of both that queries see.
 * In memory; the three graphs are not shared with anything else.
 */
public final class KnowledgeGraph {

    private final Graph asserted;
    private final Graph inferred;
    private final Graph visible;
    private final Reasoning reasoning;

    KnowledgeGraph(Graph asserted, Graph inferred, Reasoning reasoning) {
        this.asserted = asserted;
        this.inferred = inferred;
        this.reasoning = reasoning;
        if (inferred.isEmpty()) {
            this.visible = asserted;
        } else {
            Graph union = GraphFactory.createDefaultGraph();
            asserted.find().forEach(union::add);
            inferred.find().forEach(union::add);
            union.getPrefixMapping().setNsPrefixes(asserted.getPrefixMapping());
            this.visible = union;
        }
    }

    /** The triples read from the sources. */
    public Graph asserted() {
        return asserted;
    }

    /** The triples reasoning added, without those already asserted; empty for {@link Reasoning#NONE}. */
    public Graph inferred() {
        return inferred;
    }

    /** Asserted and inferred triples together: what queries see. */
    public Graph visible() {
        return visible;
    }

    /** The reasoning this graph was loaded with. */
    public Reasoning reasoning() {
        return reasoning;
    }

    /**
     * The visible graph as the default graph of a dataset, for SPARQL, with the asserted and the inferred
     * triples also as the named graphs {@link GraphSource#ASSERTED_GRAPH} and {@link GraphSource#INFERRED_GRAPH}
     * (views, not copies).
     */
    public Dataset dataset() {
        Dataset ds = DatasetFactory.create(ModelFactory.createModelForGraph(visible));
        ds.addNamedModel(GraphSource.ASSERTED_GRAPH, ModelFactory.createModelForGraph(asserted));
        ds.addNamedModel(GraphSource.INFERRED_GRAPH, ModelFactory.createModelForGraph(inferred));
        return ds;
    }

    /** The asserted triples, with the inferred ones when asked, as a model. */
    public Model model(boolean withInferred) {
        return ModelFactory.createModelForGraph(withInferred ? visible : asserted);
    }
}
