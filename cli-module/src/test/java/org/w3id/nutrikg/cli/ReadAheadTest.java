// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.w3id.nutrikg.model.graph.Reasoning;

/** Which runs read the bundled graph ahead, guessed from the raw arguments. */
class ReadAheadTest {

    private static Optional<Reasoning> guess(String... args) {
        return ReadAhead.reasoning(args);
    }

    @Test
    void aQueryOnTheBundledGraphReadsItsAssertedTriplesAndOwlEntailments() {
        assertEquals(Optional.of(Reasoning.OWL), guess("query", "food-sources", "--param", "nutrient=nkr:Potassium"));
    }

    @Test
    void theReasoningGivenIsTheOneReadEitherSpelling() {
        assertEquals(Optional.of(Reasoning.RDFS), guess("--reasoning", "rdfs", "stats"));
        assertEquals(Optional.of(Reasoning.NONE), guess("export", "--reasoning=none"));
        assertEquals(Optional.empty(), guess("--reasoning", "deep", "query", "x"), "an unknown level: no guess");
    }

    @Test
    void withDataOnlyTheAssertedTriplesAreReadSinceTheEntailmentsAreComputed() {
        assertEquals(Optional.of(Reasoning.NONE), guess("--data", "query", "describe", "x"),
                "the value of --data is not the verb");
    }

    @Test
    void runsThatDoNotLoadTheBundledGraphReadNothing() {
        assertEquals(Optional.empty(), guess("--store", "st", "query", "x"));
        assertEquals(Optional.empty(), guess("--endpoint=http://h/sparql", "query", "x"));
        assertEquals(Optional.empty(), guess("--no-bundled", "--data", "a.ttl", "query", "x"));
        assertEquals(Optional.empty(), guess("load", "--store", "st", "a.nt"));
        assertEquals(Optional.empty(), guess("template", "foods.csv"));
        assertEquals(Optional.empty(), guess("--version"));
        assertEquals(Optional.empty(), guess());
    }
}
