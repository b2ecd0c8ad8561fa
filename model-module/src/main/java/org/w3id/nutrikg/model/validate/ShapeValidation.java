// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.w3id.nutrikg.model.io.BundledResources;
import org.w3id.nutrikg.model.io.RdfFiles;
import org.w3id.nutrikg.model.vocab.Prefixes;

/** Runs the SHACL shapes of ontology/shapes.ttl over the asserted triples. */
final class ShapeValidation {

    private static final Pattern IRI = Pattern.compile("<([a-zA-Z][a-zA-Z0-9+.-]*:[^<>\\s\"]*)>");

    private ShapeValidation() {
    }

    /** The bundled shapes graph. */
    static Graph shapesGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        String resource = BundledResources.ONTOLOGY + "/" + BundledResources.SHAPES_FILE;
        try (InputStream in = BundledResources.open(resource)) {
            RdfFiles.parse(in, Lang.TURTLE, "ontology/" + BundledResources.SHAPES_FILE, StreamRDFLib.graph(g));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    static List<Draft> run(Graph data) {
        Graph shapesGraph = shapesGraph();
        Shapes shapes = Shapes.parse(shapesGraph);
        List<Draft> out = new ArrayList<>();
        for (ReportEntry e : ShaclValidator.get().validate(shapes, data).getEntries()) {
            out.add(draft(e, shapesGraph, data));
        }
        return out;
    }

    private static Draft draft(ReportEntry e, Graph shapes, Graph data) {
        Node focus = e.focusNode();
        Node path = simple(e.resultPath());
        Node value = e.value();
        Node shape = named(e.source(), shapes);
        List<Triple> hints = new ArrayList<>();
        if (path == null) {
            // a constraint on the focus node itself (a domain): the property that made it a target locates it
            for (Node p : targets(shape, shapes)) {
                if (data.contains(focus, p, Node.ANY)) {
                    path = p;
                    break;
                }
            }
            if (value != null && value.equals(focus)) {
                value = null;
            }
        }
        if (path != null) {
            hints.add(Triple.create(focus, path, value == null ? Node.ANY : value));
        }
        String message = e.message() == null || e.message().isBlank() ? "does not conform to the shape"
                : compact(e.message());
        return new Draft(Severity.ofShacl(e.severity()), focus, path, value, message, Finding.Kind.SHAPE, shape,
                e.sourceConstraintComponent() == null ? SHACL.SPARQLConstraintComponent : e.sourceConstraintComponent(),
                hints);
    }

    /** A message with the IRIs SHACL substituted into it written as prefixed names. */
    static String compact(String message) {
        Matcher m = IRI.matcher(message);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String iri = m.group(1);
            String curie = Prefixes.mapping().qnameFor(iri);
            m.appendReplacement(sb, Matcher.quoteReplacement(curie != null ? curie : "<" + iri + ">"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static Node simple(Path p) {
        return p instanceof P_Link link ? link.getNode() : null;
    }

    /** A blank property shape is named by the node shape that holds it. */
    private static Node named(Node shape, Graph shapes) {
        Node n = shape;
        for (int i = 0; i < 4 && n != null && n.isBlank(); i++) {
            Node b = n;
            n = shapes.find(Node.ANY, SHACL.property, b).nextOptional().map(Triple::getSubject)
                    .or(() -> shapes.find(Node.ANY, SHACL.sparql, b).nextOptional().map(Triple::getSubject))
                    .orElse(null);
        }
        return n == null ? shape : n;
    }

    private static List<Node> targets(Node shape, Graph shapes) {
        return shapes.find(shape, SHACL.targetSubjectsOf, Node.ANY).mapWith(Triple::getObject).toList();
    }
}
