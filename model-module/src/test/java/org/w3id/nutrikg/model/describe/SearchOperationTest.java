// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.nutrikg.model.InvalidArgumentException;
import org.w3id.nutrikg.model.graph.GraphSource;
import org.w3id.nutrikg.model.graph.GraphSources;
import org.w3id.nutrikg.model.graph.GraphSpec;
import org.w3id.nutrikg.model.graph.Reasoning;

class SearchOperationTest {

    private static GraphSource graph;

    @BeforeAll
    static void load() {
        graph = GraphSources.open(GraphSpec.bundledGraph().withReasoning(Reasoning.NONE));
    }

    @AfterAll
    static void close() {
        graph.close();
    }

    @Test
    void crampFindsMuscleCrampsAndLegCrampsFirst() {
        List<SearchOperation.Hit> hits = SearchOperation.search(graph, "cramp", false);
        assertEquals(List.of("nkr:MuscleCramp", "nkr:LegCramp", "nkr:CalfCramp"),
                hits.subList(0, 3).stream().map(SearchOperation.Hit::curie).toList());
        assertEquals(List.of("symptom"), hits.get(0).types());
        assertEquals("cramping", hits.get(0).matched(), "the synonym that starts with the text beats the label");
        assertTrue(hits.get(0).synonym());
        assertTrue(hits.stream().noneMatch(h -> h.curie().startsWith("nkr:Claim-")), "claims are records, left out");
    }

    @Test
    void caseDoesNotMatterAndRecordsCanBeIncluded() {
        assertEquals(SearchOperation.search(graph, "cramp", false), SearchOperation.search(graph, "CRAMP", false));
        assertTrue(SearchOperation.search(graph, "cramp", true).stream().anyMatch(h -> h.curie().startsWith("nkr:Claim-")));
    }

    @Test
    void anExactNameComesFirst() {
        assertEquals("nkr:Spinach", SearchOperation.search(graph, "spinach", false).get(0).curie());
    }

    @Test
    void positionRanksExactThenPrefixThenWordThenInside() {
        assertEquals(0, SearchOperation.position("cramp", "cramp"));
        assertEquals(1, SearchOperation.position("cramping", "cramp"));
        assertEquals(2, SearchOperation.position("leg cramp", "cramp"));
        assertEquals(3, SearchOperation.position("backcramp", "cramp"));
    }

    @Test
    void emptyTextIsAUsageError() {
        assertThrows(InvalidArgumentException.class, () -> SearchOperation.search(graph, "  ", false));
    }
}
