// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled graph stays within OWL 2 DL's rules for names: every class and property it uses is declared
 * once, with one kind, and no name is both a class and an individual (no punning).
 */
class OwlProfileTest {

    private static final String PREFIXES = """
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            """;
    private static final String BUILT_IN = """
            FILTER(!STRSTARTS(STR(?x), "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
                && !STRSTARTS(STR(?x), "http://www.w3.org/2000/01/rdf-schema#")
                && !STRSTARTS(STR(?x), "http://www.w3.org/2002/07/owl#"))
            """;

    private static Model model;

    @BeforeAll
    static void load() {
        model = Graphs.load(GraphSpec.bundledGraph().withReasoning(Reasoning.NONE)).model(false);
    }

    private static Set<String> select(String where) {
        Set<String> out = new TreeSet<>();
        try (QueryExecution qe = QueryExecution.create(PREFIXES + "SELECT DISTINCT ?x WHERE { " + where + " }", model)) {
            qe.execSelect().forEachRemaining(s -> out.add(s.get("x").toString()));
        }
        return out;
    }

    @Test
    void everyPropertyUsedIsDeclared() {
        assertEquals(Set.of(), select("?s ?x ?o . " + BUILT_IN + """
                FILTER NOT EXISTS { ?x a ?kind . VALUES ?kind { owl:ObjectProperty owl:DatatypeProperty owl:AnnotationProperty } }
                """));
    }

    @Test
    void everyClassUsedIsDeclared() {
        assertEquals(Set.of(), select("?s a ?x . " + BUILT_IN + " FILTER NOT EXISTS { ?x a owl:Class }"));
    }

    @Test
    void noNameIsBothAClassAndAnIndividual() {
        assertEquals(Set.of(), select("?x a owl:Class . ?x a ?c . FILTER(?c != owl:Class && ?c != rdfs:Class)"));
        assertEquals(Set.of(), select("?x a owl:Class . ?x a owl:NamedIndividual"));
    }

    @Test
    void noPropertyHasTwoKinds() {
        for (List<String> pair : List.of(List.of("owl:ObjectProperty", "owl:DatatypeProperty"),
                List.of("owl:ObjectProperty", "owl:AnnotationProperty"),
                List.of("owl:DatatypeProperty", "owl:AnnotationProperty"))) {
            assertEquals(Set.of(), select("?x a " + pair.get(0) + ", " + pair.get(1)), pair.toString());
        }
    }

    @Test
    void objectPropertiesLinkNamesAndDatatypePropertiesCarryLiterals() {
        assertEquals(Set.of(), select("?x a owl:ObjectProperty . ?s ?x ?o . FILTER(isLiteral(?o))"));
        assertEquals(Set.of(), select("?x a owl:DatatypeProperty . ?s ?x ?o . FILTER(!isLiteral(?o))"));
    }
}
