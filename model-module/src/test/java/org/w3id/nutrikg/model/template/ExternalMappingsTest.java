// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.nutrikg.model.graph.GraphSpec;
import org.w3id.nutrikg.model.graph.Graphs;
import org.w3id.nutrikg.model.graph.Reasoning;
import org.w3id.nutrikg.model.template.TemplateTable.Row;
import org.w3id.nutrikg.model.vocab.Prefixes;

/**
 * The graph's links to the standard ontologies are exactly those of data/reference/external-mappings.csv:
 * every row whose entity is in the graph is there with its match type, and no other skos:exactMatch or
 * skos:closeMatch is.
 */
class ExternalMappingsTest {

    private static Model model;
    private static TemplateTable mappings;
    private static Map<String, List<String>> entities;
    private static Set<String> explained;

    @BeforeAll
    static void load() {
        model = Graphs.load(GraphSpec.bundledGraph().withReasoning(Reasoning.NONE)).model(false);
        mappings = ReferenceData.bundledTable(ReferenceData.EXTERNAL_MAPPINGS);
        entities = new HashMap<>();
        explained = new TreeSet<>();
        for (Row r : ReferenceData.bundledTable(ReferenceData.MAPPING_ENTITIES).rows()) {
            List<String> individuals = new ArrayList<>();
            for (String curie : r.cell(1).split("\\|")) {
                if (!curie.isBlank()) {
                    individuals.add(Prefixes.mapping().expandPrefix(curie.strip()));
                }
            }
            entities.put(r.cell(0), individuals);
            if (!r.cell(2).isBlank()) {
                explained.add(r.cell(0));
            }
        }
    }

    private static String triple(String s, Property p, String o) {
        return Prefixes.mapping().shortForm(s) + " " + Prefixes.mapping().shortForm(p.getURI()) + " <" + o + ">";
    }

    @Test
    void everyEntityOfTheMappingsIsListedAndNamesSomethingInTheGraph() {
        List<String> problems = new ArrayList<>();
        int entity = mappings.column("entity");
        for (Row r : mappings.rows()) {
            String e = r.cell(entity);
            if (!entities.containsKey(e)) {
                problems.add("'" + e + "' is not in mapping-entities.csv");
                continue;
            }
            for (String iri : entities.get(e)) {
                if (!model.contains(model.createResource(iri), RDF.type)) {
                    problems.add("'" + e + "' names " + iri + ", which the graph does not hold");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void entitiesLeftOutHaveNoIndividualOfTheSameName() {
        Set<String> names = new TreeSet<>();
        model.listStatements(null, RDFS.label, (RDFNode) null)
                .andThen(model.listStatements(null, SKOS.altLabel, (RDFNode) null))
                .forEach(s -> names.add(s.getString().toLowerCase(Locale.ROOT)));
        List<String> overlooked = new ArrayList<>();
        entities.forEach((e, individuals) -> {
            if (individuals.isEmpty() && !explained.contains(e) && names.contains(e.toLowerCase(Locale.ROOT))) {
                overlooked.add(e);
            }
        });
        assertEquals(List.of(), overlooked, "entities whose individual exists but mapping-entities.csv leaves empty");
    }

    @Test
    void theGraphHoldsExactlyTheMappingsOfTheTable() {
        int entity = mappings.column("entity");
        int iri = mappings.column("iri");
        int type = mappings.column("match_type");
        Set<String> expected = new TreeSet<>();
        for (Row r : mappings.rows()) {
            Property p = switch (r.cell(type).strip()) {
                case "exact" -> SKOS.exactMatch;
                case "close" -> SKOS.closeMatch;
                default -> throw new AssertionError("line " + r.line() + ": match_type '" + r.cell(type) + "'");
            };
            for (String individual : entities.getOrDefault(r.cell(entity), List.of())) {
                expected.add(triple(individual, p, r.cell(iri).strip()));
            }
        }
        Set<String> actual = new TreeSet<>();
        for (Property p : List.of(SKOS.exactMatch, SKOS.closeMatch)) {
            for (Statement s : model.listStatements(null, p, (RDFNode) null).toList()) {
                Resource o = s.getObject().asResource();
                actual.add(triple(s.getSubject().getURI(), p, o.getURI()));
            }
        }
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        assertEquals(Set.of(), missing, "mappings of external-mappings.csv missing from the graph");
        assertEquals(Set.of(), extra, "mappings in the graph that external-mappings.csv does not have");
        assertTrue(expected.size() > 80, "the table was read: " + expected.size());
    }
}
