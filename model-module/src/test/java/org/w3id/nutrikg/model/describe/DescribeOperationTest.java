// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.nutrikg.model.graph.GraphSource;
import org.w3id.nutrikg.model.graph.GraphSources;
import org.w3id.nutrikg.model.graph.GraphSpec;
import org.w3id.nutrikg.model.graph.Reasoning;
import org.w3id.nutrikg.model.vocab.NKR;

class DescribeOperationTest {

    private static GraphSource owl;
    private static GraphSource none;
    private static GraphSource small;

    static Path resource(String name) {
        try {
            return Path.of(DescribeOperationTest.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(String name) throws IOException {
        try (InputStream in = DescribeOperationTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @BeforeAll
    static void load() {
        owl = GraphSources.open(GraphSpec.bundledGraph());
        none = GraphSources.open(GraphSpec.bundledGraph().withReasoning(Reasoning.NONE));
        small = GraphSources.open(new GraphSpec(false, List.of(resource("describe/small-input.ttl")), Reasoning.NONE));
    }

    @AfterAll
    static void close() {
        owl.close();
        none.close();
        small.close();
    }

    @Test
    void vitaminB12ShowsFoodsFunctionsSymptomsIntakesIdentifiersAndEvidence() {
        Description d = DescribeOperation.describe(owl, TermResolver.resolve(owl, "cobalamin"));
        assertEquals("vitamin B12", d.label());
        assertEquals(List.of("vitamin"), d.types());
        assertTrue(d.synonyms().contains("cobalamin"));
        assertTrue(d.section("Food sources").orElseThrow().lines().containsAll(List.of("salmon", "tuna", "eggs")));
        assertTrue(d.section("Supports").orElseThrow().lines().contains("myelin sheath maintenance"));
        assertTrue(d.section("Symptoms (of vitamin B12 deficiency)").orElseThrow().lines().contains("muscle cramp"));
        assertTrue(d.section("Reference intakes").orElseThrow().lines().stream()
                .anyMatch(l -> l.matches("RDA +19-30 y, male +2\\.4 mcg")), d.text());
        assertEquals(List.of("CHEBI:176843 (exact match)", "CHEBI:30411 (close match)"),
                d.section("External identifiers").orElseThrow().lines());
        assertFalse(d.evidence().isEmpty());
        String text = d.text();
        assertTrue(text.indexOf("\nEvidence\n") > text.indexOf("\nExternal identifiers\n"), "evidence comes last");
        assertFalse(text.contains("https://w3id.org/"), "labels, not IRIs");
    }

    @Test
    void relationsReadTheSameWithAndWithoutReasoning() {
        for (var term : List.of(NKR.VitaminB12, NKR.VitaminB12Deficiency, NKR.Magnesium, NKR.Potassium)) {
            assertEquals(DescribeOperation.describe(none, term).sections(), DescribeOperation.describe(owl, term).sections(),
                    term.getURI());
            assertEquals(DescribeOperation.describe(none, term).evidence(), DescribeOperation.describe(owl, term).evidence(),
                    term.getURI());
        }
    }

    @Test
    void reasoningAddsWhatTransitivePropertiesEntail() {
        assertEquals(List.of("leg cramp", "persistent muscle cramp"),
                DescribeOperation.describe(none, NKR.MuscleCramp).section("Specific forms").orElseThrow().lines());
        assertEquals(List.of("calf cramp", "leg cramp", "persistent muscle cramp"),
                DescribeOperation.describe(owl, NKR.MuscleCramp).section("Specific forms").orElseThrow().lines());
    }

    @Test
    void aSymptomIsShownOnceThoughReasoningAlsoMakesItSomethingTheConditionCanCause() {
        Description d = DescribeOperation.describe(owl, NKR.VitaminB12Deficiency);
        assertTrue(d.section("Symptoms").orElseThrow().lines().contains("muscle cramp"));
        assertTrue(d.section("Can cause").isEmpty(), d.text());
        Description cramp = DescribeOperation.describe(owl, NKR.MuscleCramp);
        assertTrue(cramp.section("Symptom of").orElseThrow().lines().contains("vitamin B12 deficiency"));
        assertFalse(cramp.section("Caused by").orElseThrow().lines().contains("vitamin B12 deficiency"));
        assertTrue(cramp.section("Caused by").orElseThrow().lines().contains("dehydration"));
    }

    @Test
    void smallGraphGivesTheExpectedText() throws IOException {
        for (String term : List.of("magnesium", "muscle-cramp", "spinach-frozen-cooked")) {
            String name = term.replace('-', ' ').replace("spinach frozen cooked", "spinach, frozen, cooked");
            Description d = DescribeOperation.describe(small, TermResolver.resolve(small, name));
            assertEquals(text("describe/" + term + "-expected.txt"), d.text(), term);
        }
    }

    @Test
    void conciseBoundedDescriptionHoldsTheTermsTriples() {
        Model m = DescribeOperation.conciseBoundedDescription(none, NKR.MuscleCramp);
        assertTrue(m.contains(NKR.MuscleCramp, SKOS.closeMatch, m.createResource("http://purl.obolibrary.org/obo/HP_0003394")));
        assertTrue(m.listSubjects().toList().stream().allMatch(s -> s.equals(NKR.MuscleCramp)), "only the term's own triples");
    }
}
