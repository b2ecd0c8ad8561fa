// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.nutrikg.model.io.BundledResources;
import org.w3id.nutrikg.model.io.RdfFiles;

/** ontology/shapes.ttl agrees with ontology/nutrikg.ttl, term by term, and stays out of the ontology's way. */
class ShapesTest {

    private static final String NKG = "https://w3id.org/nutrikg/ontology#";
    /** A role, not a kind: anything can be a cause, so its domain and range are not checked on asserted data. */
    private static final Node CAUSE = NodeFactory.createURI(NKG + "Cause");

    private static Graph ontology() {
        Graph g = GraphFactory.createDefaultGraph();
        RdfFiles.parse(BundledResources.open(BundledResources.ONTOLOGY + "/" + BundledResources.ONTOLOGY_FILE), Lang.TURTLE,
                "ontology/nutrikg.ttl", StreamRDFLib.graph(g));
        return g;
    }

    @Test
    void shapesParse() {
        Shapes shapes = Shapes.parse(ShapeValidation.shapesGraph());
        assertTrue(shapes.numShapes() > 20, "shapes: " + shapes.numShapes());
    }

    @Test
    void everyOntologyTermTheShapesNameIsDeclared() {
        Graph shapes = ShapeValidation.shapesGraph();
        Graph ontology = ontology();
        Set<String> undeclared = new TreeSet<>();
        shapes.find().forEach(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(NKG) && !ontology.contains(n, RDF.type.asNode(), Node.ANY)) {
                    undeclared.add(n.getURI());
                }
            }
        });
        assertEquals(Set.of(), undeclared);
    }

    @Test
    void theShapesGraphSaysNothingAboutOntologyTerms() {
        Graph shapes = ShapeValidation.shapesGraph();
        shapes.find().forEach(t -> {
            Node s = t.getSubject();
            assertTrue(s.isBlank() || s.getURI().startsWith(Rules.NS) || s.getURI().equals(Rules.SHAPES_GRAPH),
                    "subject outside nks: " + t);
            assertFalse(t.getPredicate().equals(RDF.type.asNode()) && (t.getObject().equals(OWL.Class.asNode())
                    || t.getObject().equals(RDFS.Class.asNode())), "a shape typed as a class: " + t);
        });
    }

    /** Every object property has a shape, whose classes are the property's domain and range. */
    @Test
    void everyObjectPropertyHasItsDomainAndRangeShape() {
        Graph shapes = ShapeValidation.shapesGraph();
        Graph ontology = ontology();
        List<String> problems = new ArrayList<>();
        for (Node p : ontology.find(Node.ANY, RDF.type.asNode(), OWL.ObjectProperty.asNode())
                .mapWith(Triple::getSubject).toList()) {
            if (!p.isURI() || !p.getURI().startsWith(NKG)) {
                continue;
            }
            List<Node> nodeShapes = shapes.find(Node.ANY, SHACL.targetSubjectsOf, p).mapWith(Triple::getSubject)
                    .toList();
            if (nodeShapes.isEmpty()) {
                problems.add(p.getLocalName() + ": no shape targets its subjects");
                continue;
            }
            Node shape = nodeShapes.get(0);
            Set<Node> domain = classes(ontology, ontology.find(p, RDFS.domain.asNode(), Node.ANY)
                    .nextOptional().map(Triple::getObject).orElse(null));
            if (!domain.isEmpty() && !domain.contains(CAUSE) && !domain.equals(shapeClasses(shapes, shape))) {
                problems.add(p.getLocalName() + ": domain " + domain + " but shape " + shapeClasses(shapes, shape));
            }
            Set<Node> range = classes(ontology, ontology.find(p, RDFS.range.asNode(), Node.ANY)
                    .nextOptional().map(Triple::getObject).orElse(null));
            if (!range.isEmpty() && !range.contains(CAUSE)) {
                Node propertyShape = shapes.find(shape, SHACL.property, Node.ANY).mapWith(Triple::getObject)
                        .filterKeep(ps -> shapes.contains(ps, SHACL.path, p)).nextOptional().orElse(null);
                Set<Node> checked = propertyShape == null ? Set.of() : shapeClasses(shapes, propertyShape);
                if (!range.equals(checked)) {
                    problems.add(p.getLocalName() + ": range " + range + " but shape " + checked);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** A class, or the members of an owl:unionOf. */
    private static Set<Node> classes(Graph g, Node c) {
        Set<Node> out = new TreeSet<>(java.util.Comparator.comparing(Node::toString));
        if (c == null) {
            return out;
        }
        if (c.isURI()) {
            out.add(c);
            return out;
        }
        Node list = g.find(c, OWL.unionOf.asNode(), Node.ANY).nextOptional().map(Triple::getObject).orElse(null);
        out.addAll(members(g, list));
        return out;
    }

    /** The sh:class of a shape, or of each member of its sh:or. */
    private static Set<Node> shapeClasses(Graph g, Node shape) {
        Set<Node> out = new TreeSet<>(java.util.Comparator.comparing(Node::toString));
        g.find(shape, SHACL.class_, Node.ANY).forEach(t -> out.add(t.getObject()));
        g.find(shape, SHACL.or, Node.ANY).forEach(t -> {
            for (Node member : members(g, t.getObject())) {
                g.find(member, SHACL.class_, Node.ANY).forEach(m -> out.add(m.getObject()));
            }
        });
        return out;
    }

    private static List<Node> members(Graph g, Node list) {
        List<Node> out = new ArrayList<>();
        Node n = list;
        while (n != null && !n.equals(RDF.nil.asNode())) {
            Node cur = n;
            g.find(cur, RDF.first.asNode(), Node.ANY).forEach(t -> out.add(t.getObject()));
            n = g.find(cur, RDF.rest.asNode(), Node.ANY).nextOptional().map(Triple::getObject).orElse(null);
        }
        return out;
    }
}
