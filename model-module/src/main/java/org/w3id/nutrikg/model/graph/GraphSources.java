// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.graph;

/** Opens the {@link GraphSource} a {@link GraphSpec} names. */
public final class GraphSources {

    private GraphSources() {
    }

    /** Loads, opens or connects to the graph of {@code spec}. */
    public static GraphSource open(GraphSpec spec) {
        if (spec.store() != null) {
            return StoreSource.open(spec.store());
        }
        if (spec.endpoint() != null) {
            return new EndpointSource(spec.endpoint());
        }
        if (FilesSource.fits(spec)) {
            return new FilesSource(spec);
        }
        String label = spec.bundled()
                ? (spec.data().isEmpty() ? "the bundled graph" : "the bundled graph with --data")
                : "the --data graph";
        return new InMemorySource(Graphs.load(spec), label);
    }
}
