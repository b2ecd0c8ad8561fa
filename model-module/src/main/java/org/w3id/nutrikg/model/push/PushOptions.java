// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.push;

import java.net.URI;
import java.util.Objects;

/**
 * Where and how {@link PushOperation} uploads a graph.
 *
 * @param to       the Graph Store Protocol service, e.g. {@code http://host:3030/ds/data}
 * @param graph    the IRI of the named graph to write, or null for the default graph
 * @param append   whether to add to what the graph holds (POST) instead of replacing it (PUT, then POST)
 * @param chunk    the most triples sent in one request
 * @param inferred whether the entailments of an in-memory graph are sent too
 */
public record PushOptions(URI to, String graph, boolean append, int chunk, boolean inferred) {

    /** Triples per request unless told otherwise: a few megabytes of N-Triples. */
    public static final int DEFAULT_CHUNK = 100_000;

    public PushOptions {
        Objects.requireNonNull(to, "to");
        if (chunk < 1) {
            throw new IllegalArgumentException("chunk " + chunk);
        }
    }
}
