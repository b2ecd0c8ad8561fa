// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.nutrikg.model.graph.GraphSource;
import org.w3id.nutrikg.model.graph.GraphSources;
import org.w3id.nutrikg.model.graph.GraphSpec;
import org.w3id.nutrikg.model.graph.Reasoning;

/**
 * Each named query of sparql/ against its exact expected answer set, with and without reasoning: the named
 * queries are written so that both give the same answers. The cases are in the test resources
 * FOLDER/cases.tsv with FOLDER/CASE-expected.csv: competency/ for the article's competency questions,
 * linked-data/ for the reference-data and mapping queries (external-ids, intake, rich-foods, food-profile).
 */
class CompetencyQuestionsTest {

    private static GraphSource withOwl;
    private static GraphSource withoutReasoning;

    @BeforeAll
    static void load() {
        withOwl = GraphSources.open(GraphSpec.bundledGraph());
        withoutReasoning = GraphSources.open(GraphSpec.bundledGraph().withReasoning(Reasoning.NONE));
    }

    private static final List<String> FOLDERS = List.of("competency", "linked-data");

    @AfterAll
    static void close() {
        withOwl.close();
        withoutReasoning.close();
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String folder : FOLDERS) {
            out.addAll(cases(folder));
        }
        return out.stream();
    }

    private static List<Arguments> cases(String folder) throws IOException {
        List<Arguments> out = new ArrayList<>();
        String tsv = resource(folder + "/cases.tsv");
        for (String line : tsv.split("\n")) {
            String[] cols = line.split("\t", -1);
            if (line.isBlank() || cols[0].equals("case")) {
                continue;
            }
            Map<String, String> params = new LinkedHashMap<>();
            if (cols.length > 2 && !cols[2].isBlank()) {
                for (String p : cols[2].strip().split("\\s+")) {
                    int eq = p.indexOf('=');
                    params.put(p.substring(0, eq), p.substring(eq + 1));
                }
            }
            for (Reasoning r : List.of(Reasoning.NONE, Reasoning.OWL)) {
                out.add(Arguments.of(folder + "/" + cols[0], cols[1].strip(), params, r));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} ({3})")
    @MethodSource("cases")
    void answersExactly(String caseName, String query, Map<String, String> params, Reasoning reasoning)
            throws IOException {
        Map<String, RDFNode> bound = new LinkedHashMap<>();
        params.forEach((k, v) -> bound.put(k, QueryParameters.value(v)));
        QueryOptions options = new QueryOptions(null, bound, false, ResultFormat.CSV,
                org.w3id.nutrikg.model.io.ExportFormat.TURTLE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryOperation.run(reasoning == Reasoning.OWL ? withOwl : withoutReasoning, QueryText.resolve(query), options, out);
        String expected = resource(caseName + "-expected.csv");
        assertEquals(normalise(expected), normalise(out.toString(StandardCharsets.UTF_8)), caseName);
    }

    private static String normalise(String csv) {
        return csv.replace("\r\n", "\n").strip();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CompetencyQuestionsTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
