// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.graph;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Which graph a command works on: the bundled ontology and data (unless left out), merged with the
 * given RDF files or folders, seen with the given reasoning; or a TDB2 store on disk; or a remote SPARQL
 * endpoint.
 *
 * @param bundled   whether the bundled graph is included (in memory only)
 * @param data      RDF files or folders merged over it, in order (in memory only)
 * @param reasoning the entailments made visible (in memory only; a store or endpoint is seen as stored)
 * @param store     a TDB2 store folder, or null
 * @param endpoint  a SPARQL 1.1 query endpoint, or null
 */
public record GraphSpec(boolean bundled, List<Path> data, Reasoning reasoning, Path store, URI endpoint) {

    public GraphSpec {
        data = List.copyOf(Objects.requireNonNull(data, "data"));
        Objects.requireNonNull(reasoning, "reasoning");
        if (store != null && endpoint != null) {
            throw new IllegalArgumentException("a graph is either in a store or behind an endpoint, not both");
        }
    }

    /** An in-memory graph: the bundled graph (unless left out) with the given files. */
    public GraphSpec(boolean bundled, List<Path> data, Reasoning reasoning) {
        this(bundled, data, reasoning, null, null);
    }

    /** The bundled graph alone, with OWL reasoning: what a command sees by default. */
    public static GraphSpec bundledGraph() {
        return new GraphSpec(true, List.of(), Reasoning.OWL);
    }

    /** The graph of a TDB2 store, as stored. */
    public static GraphSpec ofStore(Path store) {
        return new GraphSpec(false, List.of(), Reasoning.NONE, Objects.requireNonNull(store, "store"), null);
    }

    /** The graph behind a SPARQL endpoint, as the endpoint answers. */
    public static GraphSpec ofEndpoint(URI endpoint) {
        return new GraphSpec(false, List.of(), Reasoning.NONE, null, Objects.requireNonNull(endpoint, "endpoint"));
    }

    /** Whether the graph is loaded into memory (not a store, not an endpoint). */
    public boolean inMemory() {
        return store == null && endpoint == null;
    }

    /** This spec with another reasoning. */
    public GraphSpec withReasoning(Reasoning r) {
        return new GraphSpec(bundled, data, r, store, endpoint);
    }
}
