// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.graph;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Which graph a command works on: the bundled ontology and data (unless left out), merged with the
 * given RDF files or folders, seen with the given reasoning.
 *
 * @param bundled   whether the bundled graph is included
 * @param data      RDF files or folders merged over it, in order
 * @param reasoning the entailments made visible
 */
public record GraphSpec(boolean bundled, List<Path> data, Reasoning reasoning) {

    public GraphSpec {
        data = List.copyOf(Objects.requireNonNull(data, "data"));
        Objects.requireNonNull(reasoning, "reasoning");
    }

    /** The bundled graph alone, with OWL reasoning: what a command sees by default. */
    public static GraphSpec bundledGraph() {
        return new GraphSpec(true, List.of(), Reasoning.OWL);
    }

    /** This spec with another reasoning. */
    public GraphSpec withReasoning(Reasoning r) {
        return new GraphSpec(bundled, data, r);
    }
}
