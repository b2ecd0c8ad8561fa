// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.nutrikg.model.BadInputException;
import org.w3id.nutrikg.model.graph.GraphSource;
import org.w3id.nutrikg.model.graph.GraphSources;
import org.w3id.nutrikg.model.graph.GraphSpec;
import org.w3id.nutrikg.model.graph.Reasoning;
import org.w3id.nutrikg.model.vocab.NKR;

class TermResolverTest {

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
    void synonymLabelCurieAndIriAllNameTheSameTerm() {
        assertEquals(NKR.VitaminB12.getURI(), TermResolver.resolve(graph, "cobalamin").getURI());
        assertEquals(NKR.VitaminB12.getURI(), TermResolver.resolve(graph, "  COBALAMIN ").getURI());
        assertEquals(NKR.VitaminB12.getURI(), TermResolver.resolve(graph, "Vitamin B12").getURI());
        assertEquals(NKR.VitaminB12.getURI(), TermResolver.resolve(graph, "nkr:VitaminB12").getURI());
        assertEquals(NKR.VitaminB12.getURI(), TermResolver.resolve(graph, NKR.VitaminB12.getURI()).getURI());
        assertEquals(NKR.VitaminB12.getURI(), TermResolver.resolve(graph, "<" + NKR.VitaminB12.getURI() + ">").getURI());
    }

    @Test
    void aNameSharedByTwoTermsListsBoth() {
        GraphSpec spec = new GraphSpec(true, List.of(Path.of("src/test/resources/describe/shared-name-input.ttl")),
                Reasoning.NONE);
        try (GraphSource extended = GraphSources.open(spec)) {
            BadInputException e = assertThrows(BadInputException.class,
                    () -> TermResolver.resolve(extended, "Magnesium"));
            assertEquals("'Magnesium' names 2 terms: <https://example.org/MagnesiumSupplement> (magnesium), "
                    + "nkr:Magnesium (magnesium) (give one of these CURIEs)", e.getMessage());
        }
    }

    @Test
    void anUnknownNameSuggestsTheNearestOnes() {
        BadInputException e = assertThrows(BadInputException.class, () -> TermResolver.resolve(graph, "cobalamine"));
        assertEquals("no term in the bundled graph has the label or synonym 'cobalamine' (did you mean 'cobalamin'?)",
                e.getMessage());
        BadInputException part = assertThrows(BadInputException.class, () -> TermResolver.resolve(graph, "cramp"));
        assertEquals("no term in the bundled graph has the label or synonym 'cramp' "
                + "(did you mean 'cramping' or 'leg cramp' or 'calf cramp'?)", part.getMessage());
    }

    @Test
    void anUnknownIriIsBadInput() {
        BadInputException e = assertThrows(BadInputException.class, () -> TermResolver.resolve(graph, "nkr:NoSuchThing"));
        assertEquals("nkr:NoSuchThing is not in the bundled graph", e.getMessage());
    }
}
