// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.graph;

import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.reasoner.Reasoner;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.reasoner.InfGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Materialises entailments: runs a Jena rule reasoner over a graph once and keeps the new triples that
 * say something about NutriKG's terms and individuals (not the reasoner's bookkeeping such as
 * "x a rdfs:Resource" or "x owl:sameAs x").
 */
public final class Inference {

    private static final Set<Node> META_PREDICATES = Set.of(
            RDF.type.asNode(), RDFS.subClassOf.asNode(), RDFS.subPropertyOf.asNode());
    private static final Set<Node> REFLEXIVE_NOISE = Set.of(
            OWL.sameAs.asNode(), OWL.equivalentClass.asNode(), OWL.equivalentProperty.asNode(),
            RDFS.subClassOf.asNode(), RDFS.subPropertyOf.asNode());
    private static final Set<Node> DROPPED_PREDICATES = Set.of(OWL.sameAs.asNode(), OWL.differentFrom.asNode());

    private Inference() {
    }

    /** The triples entailed by {@code base} under {@code reasoning} that are not in {@code base}. */
    public static Graph entailments(Graph base, Reasoning reasoning) {
        Graph out = GraphFactory.createDefaultGraph();
        if (reasoning == Reasoning.NONE) {
            return out;
        }
        InfGraph inf = reasoner(reasoning).bind(base);
        inf.prepare();
        inf.find().forEach(t -> {
            if (!base.contains(t) && keep(t)) {
                out.add(t);
            }
        });
        return out;
    }

    private static Reasoner reasoner(Reasoning reasoning) {
        return switch (reasoning) {
            case RDFS -> ReasonerRegistry.getRDFSSimpleReasoner();
            case OWL -> ReasonerRegistry.getOWLMicroReasoner();
            case NONE -> throw new IllegalArgumentException("no reasoner for NONE");
        };
    }

    static boolean keep(Triple t) {
        Node s = t.getSubject();
        Node p = t.getPredicate();
        Node o = t.getObject();
        if (!s.isURI() || o.isBlank() || DROPPED_PREDICATES.contains(p)) {
            return false;
        }
        if (s.equals(o) && REFLEXIVE_NOISE.contains(p)) {
            return false;
        }
        if (META_PREDICATES.contains(p) && o.isURI() && isBuiltIn(o.getURI())) {
            return false;
        }
        // statements about the built-in vocabularies themselves
        return !isBuiltIn(s.getURI());
    }

    private static boolean isBuiltIn(String uri) {
        return uri.startsWith(RDF.getURI()) || uri.startsWith(RDFS.getURI()) || uri.startsWith(OWL.getURI())
                || uri.startsWith("http://www.w3.org/2001/XMLSchema#");
    }
}
