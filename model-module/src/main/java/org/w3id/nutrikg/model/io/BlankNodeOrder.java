// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * An order of a graph's blank nodes that does not depend on their labels, which Jena makes afresh on every
 * read: each blank node gets a key from what surrounds it, refined until the keys stop telling more nodes apart
 * (colour refinement: a node's key is a hash of its own and of its neighbours' keys, with the predicates and the
 * IRIs and literals around it). Two blank nodes with the same key are alike as far as this can see (the two
 * identical restrictions of a class, say), so that either order writes the same text.
 */
final class BlankNodeOrder {

    private final Map<Node, String> keys;

    private BlankNodeOrder(Map<Node, String> keys) {
        this.keys = keys;
    }

    /** The order of the blank nodes of {@code graph}. */
    static BlankNodeOrder of(Graph graph) {
        Set<Node> blanks = new HashSet<>();
        graph.find().forEachRemaining(t -> {
            if (t.getSubject().isBlank()) {
                blanks.add(t.getSubject());
            }
            if (t.getObject().isBlank()) {
                blanks.add(t.getObject());
            }
        });
        Map<Node, String> keys = new HashMap<>();
        for (Node b : blanks) {
            keys.put(b, "");
        }
        MessageDigest sha = sha256();
        Map<Node, String> terms = new HashMap<>();
        int distinct = blanks.isEmpty() ? 0 : 1;
        while (true) {
            Map<Node, String> next = new HashMap<>(keys.size() * 2);
            List<String> parts = new ArrayList<>();
            for (Node b : blanks) {
                parts.clear();
                for (var it = graph.find(b, Node.ANY, Node.ANY); it.hasNext(); ) {
                    Triple t = it.next();
                    parts.add("> " + term(t.getPredicate(), terms) + " " + key(t.getObject(), keys, terms));
                }
                for (var it = graph.find(Node.ANY, Node.ANY, b); it.hasNext(); ) {
                    Triple t = it.next();
                    parts.add("< " + term(t.getPredicate(), terms) + " " + key(t.getSubject(), keys, terms));
                }
                Collections.sort(parts);
                sha.reset();
                sha.update(keys.get(b).getBytes(StandardCharsets.UTF_8));
                for (String p : parts) {
                    sha.update((byte) '\n');
                    sha.update(p.getBytes(StandardCharsets.UTF_8));
                }
                next.put(b, HexFormat.of().formatHex(sha.digest(), 0, 16));
            }
            int now = new HashSet<>(next.values()).size();
            keys = next;
            // stable, or every node told apart: another round would tell no more
            if (now == distinct || now == blanks.size()) {
                return new BlankNodeOrder(keys);
            }
            distinct = now;
        }
    }

    /** Compares two blank nodes of the graph: by key, and by label only between nodes alike. */
    int compare(Node a, Node b) {
        int c = keys.getOrDefault(a, "").compareTo(keys.getOrDefault(b, ""));
        return c != 0 ? c : a.getBlankNodeLabel().compareTo(b.getBlankNodeLabel());
    }

    /**
     * {@code graph} with its blank nodes labelled b0, b1 ... in this order, for writers that order blank nodes
     * by label (Titanium's JSON-LD algorithms).
     */
    static Graph relabelled(Graph graph) {
        BlankNodeOrder order = of(graph);
        List<Node> blanks = new ArrayList<>(order.keys.keySet());
        blanks.sort(order::compare);
        Map<Node, Node> label = new HashMap<>();
        for (int i = 0; i < blanks.size(); i++) {
            label.put(blanks.get(i), NodeFactory.createBlankNode("b" + i));
        }
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> copy.add(Triple.create(label.getOrDefault(t.getSubject(), t.getSubject()),
                t.getPredicate(), label.getOrDefault(t.getObject(), t.getObject()))));
        return copy;
    }

    private static String key(Node n, Map<Node, String> keys, Map<Node, String> terms) {
        return n.isBlank() ? "_:" + keys.get(n) : term(n, terms);
    }

    /** An IRI or literal in N-Triples form, made once. */
    private static String term(Node n, Map<Node, String> terms) {
        return terms.computeIfAbsent(n, NodeFmtLib::strNT);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
