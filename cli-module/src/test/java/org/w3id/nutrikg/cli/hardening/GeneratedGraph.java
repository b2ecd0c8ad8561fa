// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.hardening;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NiceIterator;

/**
 * A read-only graph of {@code size} triples {@code <s_i> <p> "i"} made as they are asked for and never
 * stored: a graph of a million triples in a few bytes of heap, to show that what reads it streams.
 */
public final class GeneratedGraph extends GraphBase {

    private static final String NS = "https://example.org/generated/";
    private static final Node P = NodeFactory.createURI(NS + "p");
    private final long size;

    public GeneratedGraph(long size) {
        this.size = size;
    }

    private static Triple triple(long i) {
        return Triple.create(NodeFactory.createURI(NS + "s" + i), P, NodeFactory.createLiteralString(Long.toString(i)));
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        return new NiceIterator<Triple>() {
            private long i;

            @Override
            public boolean hasNext() {
                return i < size;
            }

            @Override
            public Triple next() {
                return triple(i++);
            }
        }.filterKeep(pattern::matches);
    }

    @Override
    protected int graphBaseSize() {
        return (int) Math.min(Integer.MAX_VALUE, size);
    }
}
