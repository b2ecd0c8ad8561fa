// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.linked;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.nutrikg.model.Suggestions;
import org.w3id.nutrikg.model.io.RdfOutput;
import org.w3id.nutrikg.model.io.SortedTurtle;
import org.w3id.nutrikg.model.vocab.NKG;
import org.w3id.nutrikg.model.vocab.NKR;
import org.w3id.nutrikg.model.vocab.Prefixes;

/**
 * What a look-up of an IRI returns as RDF: the term's triples as subject (with the blank nodes they lead to),
 * the labels of what it points at, and the claims about it ({@code nkg:subject} or {@code nkg:object} the term)
 * with their own triples. For {@code https://w3id.org/nutrikg/ontology} it is the ontology: its header and
 * every {@code nkg:} term. Reads the graph only through {@code find}, so a store answers as memory does.
 */
public final class Descriptions {

    /** The ontology's IRI, the document every {@code nkg:} term's hash IRI resolves to. */
    public static final String ONTOLOGY = "https://w3id.org/nutrikg/ontology";

    private static final Node LABEL = RDFS.label.asNode();
    private static final Node SUBJECT = NodeFactory.createURI(NKG.NS + "subject");
    private static final Node OBJECT = NodeFactory.createURI(NKG.NS + "object");

    private Descriptions() {
    }

    /** The description of the term {@code iri}, or nothing when the graph says nothing about it as subject. */
    public static Optional<Graph> of(Graph graph, String iri) {
        if (iri.equals(ONTOLOGY)) {
            return Optional.of(ontology(graph));
        }
        Node term = NodeFactory.createURI(iri);
        if (!graph.contains(term, Node.ANY, Node.ANY)) {
            return Optional.empty();
        }
        Graph out = newGraph();
        closure(graph, term, out);
        List<Node> claims = new ArrayList<>();
        graph.find(Node.ANY, SUBJECT, term).forEachRemaining(t -> claims.add(t.getSubject()));
        graph.find(Node.ANY, OBJECT, term).forEachRemaining(t -> claims.add(t.getSubject()));
        for (Node c : claims) {
            closure(graph, c, out);
        }
        addLabels(graph, out);
        return Optional.of(canonical(out));
    }

    /** The ontology: its header and the triples of every {@code nkg:} term, with the labels they point at. */
    public static Graph ontology(Graph graph) {
        Graph out = newGraph();
        closure(graph, NodeFactory.createURI(ONTOLOGY), out);
        Set<Node> terms = new HashSet<>();
        graph.find().forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(NKG.NS)) {
                terms.add(s);
            }
        });
        for (Node t : terms) {
            closure(graph, t, out);
        }
        addLabels(graph, out);
        return canonical(out);
    }

    /**
     * A graph written in a syntax, as bytes (UTF-8). Turtle without blank nodes is written in the layout of
     * the project's own files (one block per subject, sorted), so that the same graph gives the same bytes.
     */
    public static byte[] write(Graph description, RdfMediaType type, String comment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean blank = description.find().filterKeep(t -> t.getSubject().isBlank() || t.getObject().isBlank())
                .hasNext();
        if (type == RdfMediaType.TURTLE && !blank) {
            SortedTurtle.write(description, comment, out);
        } else {
            RdfOutput.write(description, type.format(), out);
        }
        return out.toByteArray();
    }

    /**
     * Up to three names of terms near {@code name} (a local name such as "VitaminB21" or a label such as
     * "cobalamine"), each with its IRI: local names, labels and synonyms within a small edit distance, or
     * else that contain it.
     */
    public static Map<String, String> nearMatches(Graph graph, String name) {
        Map<String, String> byName = new LinkedHashMap<>();
        for (Node p : List.of(LABEL, SKOS.altLabel.asNode())) {
            graph.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                Node s = t.getSubject();
                if (s.isURI() && (s.getURI().startsWith(NKR.NS) || s.getURI().startsWith(NKG.NS))) {
                    byName.putIfAbsent(local(s), s.getURI());
                    if (t.getObject().isLiteral()) {
                        byName.putIfAbsent(t.getObject().getLiteralLexicalForm(), s.getURI());
                    }
                }
            });
        }
        String spaced = name.replace('_', ' ').replace('-', ' ');
        List<String> near = new ArrayList<>(Suggestions.nearest(spaced, byName.keySet(), 3));
        if (near.isEmpty()) {
            String lower = spaced.toLowerCase(java.util.Locale.ROOT);
            TreeSet<String> containing = new TreeSet<>(java.util.Comparator.comparingInt(String::length)
                    .thenComparing(s -> s));
            for (String n : byName.keySet()) {
                if (!lower.isEmpty() && n.toLowerCase(java.util.Locale.ROOT).contains(lower)) {
                    containing.add(n);
                }
            }
            containing.stream().limit(3).forEach(near::add);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String n : near) {
            out.put(n, byName.get(n));
        }
        return out;
    }

    /**
     * A copy of a graph whose blank nodes have labels that follow from the graph's content, added in a fixed
     * order, so that writing the same description twice gives the same bytes.
     */
    static Graph canonical(Graph g) {
        Map<Node, String> signatures = new HashMap<>();
        List<Triple> all = new ArrayList<>(g.find().toList());
        all.sort(Comparator.comparing((Triple t) -> key(g, t.getSubject(), signatures))
                .thenComparing(t -> t.getPredicate().getURI())
                .thenComparing(t -> key(g, t.getObject(), signatures)));
        Map<Node, Node> relabelled = new HashMap<>();
        Graph out = newGraph();
        for (Triple t : all) {
            out.add(Triple.create(relabel(t.getSubject(), relabelled), t.getPredicate(),
                    relabel(t.getObject(), relabelled)));
        }
        return out;
    }

    private static Node relabel(Node n, Map<Node, Node> relabelled) {
        return n.isBlank() ? relabelled.computeIfAbsent(n, k -> NodeFactory.createBlankNode("b" + relabelled.size()))
                : n;
    }

    /** A node's sort key: its own text, or for a blank node the sorted keys of its triples. */
    private static String key(Graph g, Node n, Map<Node, String> signatures) {
        if (!n.isBlank()) {
            return "1" + n;
        }
        String known = signatures.get(n);
        if (known != null) {
            return known;
        }
        signatures.put(n, "0[cycle]");
        List<String> parts = new ArrayList<>();
        g.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> parts.add(t.getPredicate() + " "
                + key(g, t.getObject(), signatures)));
        java.util.Collections.sort(parts);
        String sig = "0[" + String.join("; ", parts) + "]";
        signatures.put(n, sig);
        return sig;
    }

    private static String local(Node n) {
        String u = n.getURI();
        int cut = Math.max(u.lastIndexOf('#'), u.lastIndexOf('/'));
        return u.substring(cut + 1);
    }

    private static Graph newGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Prefixes.mapping());
        return g;
    }

    /** The node's triples as subject, and those of the blank nodes they lead to. */
    private static void closure(Graph graph, Node start, Graph out) {
        Deque<Node> todo = new ArrayDeque<>(List.of(start));
        Set<Node> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (!seen.add(n)) {
                continue;
            }
            graph.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> {
                out.add(t);
                if (t.getObject().isBlank()) {
                    todo.push(t.getObject());
                }
            });
        }
    }

    /** The labels of the IRIs the description points at but does not describe. */
    private static void addLabels(Graph graph, Graph out) {
        Set<Node> targets = new HashSet<>();
        out.find().forEachRemaining(t -> {
            if (t.getObject().isURI()) {
                targets.add(t.getObject());
            }
        });
        for (Node o : targets) {
            if (!out.contains(o, LABEL, Node.ANY)) {
                graph.find(o, LABEL, Node.ANY).forEachRemaining((Triple t) -> out.add(t));
            }
        }
    }
}
