// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

import jakarta.json.JsonValue;

/**
 * Writes triples as compacted JSON-LD as they arrive, holding only the current node: each run of triples
 * with one subject becomes one node object. A subject that comes back later gets a second node object with
 * the same identifier, which JSON-LD merges on reading, as Turtle merges a subject written twice. Quads are
 * written as triples: the graphs are merged, as everywhere else in NutriKG. Lists are written as their
 * {@code rdf:first}/{@code rdf:rest} nodes; blank nodes keep their labels.
 */
final class StreamedJsonLdWriter implements StreamRDF {

    private final CompactionContext context;
    private final JsonValue contextDocument;
    private final OutputStream out;
    private JsonLdNodes nodes;
    private Node subject;
    private final List<Triple> triples = new ArrayList<>();

    StreamedJsonLdWriter(CompactionContext context, JsonValue contextDocument, OutputStream out) {
        this.context = context;
        this.contextDocument = contextDocument;
        this.out = out;
    }

    @Override
    public void start() {
        nodes = new JsonLdNodes(context, contextDocument, out, StreamedJsonLdWriter::blankId, JsonLdNodes.Lists.NONE);
    }

    @Override
    public void triple(Triple triple) {
        if (!triple.getSubject().equals(subject)) {
            flush();
            subject = triple.getSubject();
        }
        triples.add(triple);
    }

    @Override
    public void quad(Quad quad) {
        triple(quad.asTriple());
    }

    @Override
    public void base(String base) {
        // the output has absolute IRIs only
    }

    @Override
    public void prefix(String prefix, String iri) {
        // compact IRIs come from the context
    }

    @Override
    public void finish() {
        flush();
        nodes.finish();
    }

    private void flush() {
        if (!triples.isEmpty()) {
            nodes.write(subject, triples);
            triples.clear();
        }
    }

    /**
     * A blank node's label, kept as the source gave it so that the same node has the same label wherever it
     * comes; characters outside letters, digits, '-' and '.' are written as their code in hexadecimal.
     */
    static String blankId(Node blank) {
        String label = blank.getBlankNodeLabel();
        StringBuilder sb = new StringBuilder(label.length() + 3).append("_:b");
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.') {
                sb.append(c);
            } else {
                sb.append('_').append(Integer.toHexString(c)).append('_');
            }
        }
        return sb.toString();
    }
}
