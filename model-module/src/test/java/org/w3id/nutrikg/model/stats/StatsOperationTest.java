// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.nutrikg.model.graph.GraphSource;
import org.w3id.nutrikg.model.graph.GraphSources;
import org.w3id.nutrikg.model.graph.GraphSpec;
import org.w3id.nutrikg.model.graph.Graphs;
import org.w3id.nutrikg.model.graph.KnowledgeGraph;
import org.w3id.nutrikg.model.graph.Reasoning;

class StatsOperationTest {

    private static Path resource(String name) {
        try {
            return Path.of(StatsOperationTest.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void smallGraphGivesTheExpectedCounts() throws IOException {
        try (GraphSource g = GraphSources.open(new GraphSpec(false, List.of(resource("describe/small-input.ttl")),
                Reasoning.NONE)); InputStream in = getClass().getClassLoader().getResourceAsStream("stats/small-expected.txt")) {
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), StatsOperation.stats(g).text());
        }
    }

    @Test
    void assertedAndInferredTriplesAddUpToWhatQueriesSee() {
        KnowledgeGraph kg = Graphs.load(GraphSpec.bundledGraph());
        try (GraphSource g = GraphSources.open(GraphSpec.bundledGraph());
                GraphSource none = GraphSources.open(GraphSpec.bundledGraph().withReasoning(Reasoning.NONE))) {
            Stats s = StatsOperation.stats(g);
            assertEquals(kg.asserted().size(), s.asserted());
            assertEquals(kg.inferred().size(), s.inferred());
            assertTrue(s.inferred() > 0, "OWL reasoning adds triples");
            Stats n = StatsOperation.stats(none);
            assertEquals(0, n.inferred());
            assertEquals(s.asserted(), n.triples());
            assertEquals(s.claims(), n.claims());
            assertEquals(s.mappings(), n.mappings());
        }
    }
}
