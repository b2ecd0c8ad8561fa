// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.w3id.nutrikg.model.graph.GraphSource;
import org.w3id.nutrikg.model.query.Selects;
import org.w3id.nutrikg.model.vocab.Prefixes;

/**
 * Counts what a graph holds: triples (asserted and inferred), individuals per class, claims, links to the
 * standard ontologies, reference values. SPARQL only, so a store or an endpoint answers the same way; the
 * inferred count comes from the named graph {@link GraphSource#INFERRED_GRAPH} where the source has it.
 */
public final class StatsOperation {

    private static final String TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    private static final String INFERRED = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + GraphSource.INFERRED_GRAPH
            + "> { ?s ?p ?o } }";
    private static final String INDIVIDUALS = """
            SELECT (COUNT(DISTINCT ?i) AS ?n) WHERE {
                ?i a ?class .
                FILTER (isIRI(?i) && STRSTARTS(STR(?class), STR(nkg:)))
                FILTER NOT EXISTS { ?i a owl:Class }
            }
            """;
    private static final String PER_CLASS = """
            SELECT ?class (SAMPLE(?label) AS ?classLabel) (COUNT(DISTINCT ?i) AS ?n) WHERE {
                ?i a ?class .
                FILTER (isIRI(?i) && STRSTARTS(STR(?class), STR(nkg:)))
                FILTER NOT EXISTS { ?i a owl:Class }
                OPTIONAL { ?class rdfs:label ?label }
            }
            GROUP BY ?class
            ORDER BY DESC(?n) ?class
            """;
    private static final String CLAIMS = """
            SELECT (COUNT(DISTINCT ?claim) AS ?claims) (COUNT(DISTINCT ?quote) AS ?quotes) WHERE {
                ?claim a nkg:Claim .
                OPTIONAL { ?claim nkg:evidenceQuote ?quote }
            }
            """;
    private static final String PER_PREDICATE = """
            SELECT ?predicate (SAMPLE(?label) AS ?predicateLabel) (COUNT(DISTINCT ?claim) AS ?n) WHERE {
                ?claim a nkg:Claim ;
                    nkg:predicate ?predicate .
                OPTIONAL { ?predicate rdfs:label ?label }
            }
            GROUP BY ?predicate
            ORDER BY DESC(?n) ?predicate
            """;
    private static final String MAPPINGS = """
            SELECT ?ontology (SUM(?isExact) AS ?exact) (SUM(1 - ?isExact) AS ?close) (COUNT(DISTINCT ?term) AS ?terms)
            WHERE {
                VALUES (?match ?isExact) { (skos:exactMatch 1) (skos:closeMatch 0) }
                ?term ?match ?target .
                FILTER (isIRI(?target))
                BIND (STRAFTER(STR(?target), "http://purl.obolibrary.org/obo/") AS ?obo)
                BIND (IF(REGEX(?obo, "^[A-Za-z]+_"), STRBEFORE(?obo, "_"),
                        REPLACE(STR(?target), "^[a-z]+://([^/#]+).*$", "$1")) AS ?ontology)
            }
            GROUP BY ?ontology
            ORDER BY ?ontology
            """;
    private static final String INTAKES = """
            SELECT ?kind (COUNT(DISTINCT ?intake) AS ?n) WHERE {
                ?intake a nkg:ReferenceIntake ;
                    nkg:intakeKind ?kind .
                BIND (IF(?kind = "RDA", 1, IF(?kind = "AI", 2, IF(?kind = "UL", 3, IF(?kind = "CDRR", 4, 5)))) AS ?order)
            }
            GROUP BY ?kind ?order
            ORDER BY ?order ?kind
            """;
    private static final String CONTENTS = """
            SELECT (COUNT(DISTINCT ?content) AS ?contents) (COUNT(DISTINCT ?food) AS ?foods)
                (COUNT(DISTINCT ?percent) AS ?withPercent) WHERE {
                ?content a nkg:NutrientContent .
                OPTIONAL { ?content nkg:food ?food }
                OPTIONAL { ?content nkg:percentDailyValue|nkg:minPercentDailyValue ?p . BIND (?content AS ?percent) }
            }
            """;
    private static final String SOURCES = """
            SELECT (COUNT(DISTINCT ?source) AS ?n) WHERE { ?source a nkg:Source }
            """;

    private StatsOperation() {
    }

    /** Counts what {@code source} holds. */
    public static Stats stats(GraphSource source) {
        long triples = count(source, TRIPLES, "n");
        long inferred = count(source, INFERRED, "n");
        long individuals = count(source, INDIVIDUALS, "n");
        List<Stats.Count> perClass = new ArrayList<>();
        for (QuerySolution s : Selects.select(source, PER_CLASS, Map.of())) {
            String curie = Prefixes.shortForm(s.getResource("class").getURI());
            String label = s.contains("classLabel") ? s.getLiteral("classLabel").getLexicalForm() : curie;
            perClass.add(new Stats.Count(label, curie, s.getLiteral("n").getLong()));
        }
        QuerySolution claims = Selects.select(source, CLAIMS, Map.of()).get(0);
        List<Stats.Count> perPredicate = new ArrayList<>();
        for (QuerySolution s : Selects.select(source, PER_PREDICATE, Map.of())) {
            String curie = Prefixes.shortForm(s.getResource("predicate").getURI());
            String label = s.contains("predicateLabel") ? s.getLiteral("predicateLabel").getLexicalForm() : curie;
            perPredicate.add(new Stats.Count(label, curie, s.getLiteral("n").getLong()));
        }
        List<Stats.Mapping> mappings = new ArrayList<>();
        for (QuerySolution s : Selects.select(source, MAPPINGS, Map.of())) {
            mappings.add(new Stats.Mapping(s.getLiteral("ontology").getLexicalForm(), s.getLiteral("exact").getLong(),
                    s.getLiteral("close").getLong(), s.getLiteral("terms").getLong()));
        }
        List<Stats.Count> reference = new ArrayList<>();
        for (QuerySolution s : Selects.select(source, INTAKES, Map.of())) {
            reference.add(new Stats.Count("reference intakes: " + s.getLiteral("kind").getLexicalForm(), "",
                    s.getLiteral("n").getLong()));
        }
        QuerySolution contents = Selects.select(source, CONTENTS, Map.of()).get(0);
        reference.add(new Stats.Count("nutrient amounts in foods", "", contents.getLiteral("contents").getLong()));
        reference.add(new Stats.Count("  with a percent of the daily value", "", contents.getLiteral("withPercent").getLong()));
        reference.add(new Stats.Count("foods with amounts", "", contents.getLiteral("foods").getLong()));
        reference.add(new Stats.Count("sources", "", count(source, SOURCES, "n")));
        return new Stats(triples, inferred, individuals, perClass, claims.getLiteral("claims").getLong(),
                claims.getLiteral("quotes").getLong(), perPredicate, mappings, reference);
    }

    private static long count(GraphSource source, String sparql, String var) {
        List<QuerySolution> rows = Selects.select(source, sparql, Map.of());
        return rows.isEmpty() || !rows.get(0).contains(var) ? 0 : rows.get(0).getLiteral(var).getLong();
    }
}
