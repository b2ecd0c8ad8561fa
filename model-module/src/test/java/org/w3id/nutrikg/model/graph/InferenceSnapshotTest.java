// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.graph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The snapshot the build writes holds exactly what the reasoner infers from the bundled graph now. */
class InferenceSnapshotTest {

    @ParameterizedTest
    @EnumSource(value = Reasoning.class, names = {"RDFS", "OWL"})
    void snapshotMatchesAFreshRun(Reasoning reasoning) {
        Graph snapshot = InferenceSnapshot.read(reasoning).orElseThrow(
                () -> new AssertionError("the build writes the " + reasoning + " snapshot into the classes folder"));
        Graph fresh = Inference.entailments(BundledGraph.fromSources(), reasoning);
        assertTrue(snapshot.size() > 0);
        assertTrue(IsoMatcher.isomorphic(fresh, snapshot), () -> "snapshot differs: " + snapshot.size() + " vs " + fresh.size());
    }

    @org.junit.jupiter.api.Test
    void assertedSnapshotIsTheGraphOfTheSources() {
        Graph snapshot = InferenceSnapshot.readAsserted().orElseThrow(
                () -> new AssertionError("the build writes the asserted snapshot into the classes folder"));
        Graph sources = BundledGraph.fromSources();
        assertTrue(IsoMatcher.isomorphic(sources, snapshot), () -> "snapshot differs: " + snapshot.size() + " vs " + sources.size());
    }
}
