// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

import jakarta.json.JsonValue;

/**
 * Writes a graph in memory as compacted JSON-LD in a stable order, so that two exports of the same graph are
 * the same text: nodes with an IRI in IRI order, then blank nodes numbered in the order they are first met;
 * blank nodes that are values of one property, and those nothing refers to, come in {@link BlankNodeOrder},
 * which does not depend on the labels Jena gave them.
 * A well-formed RDF list that one triple refers to is written in place as a JSON-LD list.
 */
final class SortedJsonLdWriter implements JsonLdNodes.BlankNodes, JsonLdNodes.Lists {

    private static final Node FIRST = RDF.first.asNode();
    private static final Node REST = RDF.rest.asNode();
    private static final Node NIL = RDF.nil.asNode();
    private static final Node TYPE = RDF.type.asNode();

    private final Graph graph;
    private final BlankNodeOrder order;
    private final Map<Node, String> blankIds = new HashMap<>();
    private final ArrayDeque<Node> blankNodesToWrite = new ArrayDeque<>();
    private final Set<Node> listHeads = new HashSet<>();
    private final Set<Node> listNodes = new HashSet<>();

    private SortedJsonLdWriter(Graph graph) {
        this.graph = graph;
        this.order = BlankNodeOrder.of(graph);
    }

    /** Writes {@code graph} with {@code context}, whose document {@code contextDocument} is embedded as given. */
    static void write(Graph graph, CompactionContext context, JsonValue contextDocument, OutputStream out) {
        SortedJsonLdWriter writer = new SortedJsonLdWriter(graph);
        writer.findInlineLists();
        List<Node> named = new ArrayList<>();
        List<Node> blank = new ArrayList<>();
        Set<Node> seen = new HashSet<>();
        graph.find().forEachRemaining(t -> {
            Node s = t.getSubject();
            if (seen.add(s)) {
                if (s.isURI()) {
                    named.add(s);
                } else if (!writer.listNodes.contains(s)) {
                    blank.add(s);
                }
            }
        });
        seen.clear();
        named.sort(Comparator.comparing(Node::getURI));
        blank.sort(writer::compare);
        JsonLdNodes nodes = new JsonLdNodes(context, contextDocument, out, writer, writer);
        for (Node s : named) {
            nodes.write(s, graph.find(s, Node.ANY, Node.ANY).toList());
        }
        // blank nodes come after, numbered in the order they are met: those something refers to first
        Set<Node> written = new HashSet<>();
        writer.drain(nodes, written);
        for (Node b : blank) {
            if (!written.contains(b)) {
                writer.id(b);
                writer.drain(nodes, written);
            }
        }
        nodes.finish();
    }

    private void drain(JsonLdNodes nodes, Set<Node> written) {
        while (!blankNodesToWrite.isEmpty()) {
            Node b = blankNodesToWrite.poll();
            if (written.add(b) && !listNodes.contains(b) && graph.contains(b, Node.ANY, Node.ANY)) {
                nodes.write(b, graph.find(b, Node.ANY, Node.ANY).toList());
            }
        }
    }

    /** A blank node's label in the output, numbered in the order met; a node met here is written later. */
    @Override
    public String id(Node blank) {
        String id = blankIds.get(blank);
        if (id == null) {
            id = "_:b" + blankIds.size();
            blankIds.put(blank, id);
            blankNodesToWrite.add(blank);
        }
        return id;
    }

    @Override
    public int compare(Node a, Node b) {
        return order.compare(a, b);
    }

    @Override
    public boolean isHead(Node n) {
        return listHeads.contains(n);
    }

    /**
     * Finds the RDF lists to write in place: a chain of blank nodes, each with exactly one {@code rdf:first}
     * and one {@code rdf:rest} and nothing else, each referred to once, ending in {@code rdf:nil}, whose head
     * is the value of a property other than {@code rdf:first}, {@code rdf:rest} and {@code rdf:type}.
     */
    private void findInlineLists() {
        graph.find(Node.ANY, FIRST, Node.ANY).forEachRemaining(t -> {
            Node head = t.getSubject();
            if (!head.isBlank() || listNodes.contains(head)) {
                return;
            }
            List<Triple> in = graph.find(Node.ANY, Node.ANY, head).toList();
            Node via = in.size() == 1 ? in.get(0).getPredicate() : null;
            if (via == null || via.equals(FIRST) || via.equals(REST) || via.equals(TYPE)) {
                return;
            }
            List<Node> chain = new ArrayList<>();
            Set<Node> visited = new HashSet<>();
            for (Node n = head; !n.equals(NIL); ) {
                if (!n.isBlank() || !visited.add(n) || listNodes.contains(n)) {
                    return;
                }
                Node rest = restOfListNode(n);
                if (rest == null || !n.equals(head) && graph.find(Node.ANY, Node.ANY, n).toList().size() != 1) {
                    return;
                }
                chain.add(n);
                n = rest;
            }
            listHeads.add(head);
            listNodes.addAll(chain);
        });
    }

    /** The rdf:rest of {@code n} if its triples are one rdf:first and one rdf:rest and nothing else, else null. */
    private Node restOfListNode(Node n) {
        List<Triple> out = graph.find(n, Node.ANY, Node.ANY).toList();
        if (out.size() != 2) {
            return null;
        }
        Node p0 = out.get(0).getPredicate();
        Node p1 = out.get(1).getPredicate();
        if (p0.equals(FIRST) && p1.equals(REST)) {
            return out.get(1).getObject();
        }
        return p0.equals(REST) && p1.equals(FIRST) ? out.get(0).getObject() : null;
    }

    @Override
    public List<Node> items(Node head) {
        List<Node> items = new ArrayList<>();
        for (Node n = head; !n.equals(NIL); n = graph.find(n, REST, Node.ANY).next().getObject()) {
            items.add(graph.find(n, FIRST, Node.ANY).next().getObject());
        }
        return items;
    }
}
