// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.nutrikg.model.vocab.NKG;
import org.w3id.nutrikg.model.vocab.NKR;

/**
 * data/COVERAGE.md, the sentence-by-sentence account of what the graph holds of its first source, stays true:
 * every claim derived from the article is in a row, every claim a row names exists and quotes that row's
 * sentence, and a row without a claim says why.
 */
class CoverageTest {

    private static final Path COVERAGE = Path.of("..", "data", "COVERAGE.md");
    /** The article, where a checkout has ../shared beside it (CI and developers do). */
    private static final Path ARTICLE = Path.of("..", "..", "shared", "seed", "000_fcb94ec40fd25df7.txt");
    private static final String CLAIM = NKR.NS + "Claim-";

    private static Model model;
    private static List<Row> rows;

    private record Row(int number, String begins, List<String> claims, String note) {
    }

    @BeforeAll
    static void load() throws IOException {
        model = Graphs.load(GraphSpec.bundledGraph().withReasoning(Reasoning.NONE)).model(false);
        rows = new ArrayList<>();
        for (String line : Files.readAllLines(COVERAGE)) {
            if (!line.matches("\\| \\d+ \\|.*")) {
                continue;
            }
            String[] cells = line.split("\\|", -1);
            assertEquals(7, cells.length, "a row has five cells: " + line);
            String claimCell = cells[4].strip();
            List<String> claims = claimCell.equals("—") ? List.of() : List.of(claimCell.split(",\\s*"));
            rows.add(new Row(Integer.parseInt(cells[1].strip()), cells[3].strip(), claims, cells[5].strip()));
        }
        assertTrue(rows.size() > 50, "COVERAGE.md has its table: " + rows.size() + " rows");
    }

    private static Set<String> articleClaims() {
        Resource article = model.createResource(NKR.NS + "Source-B12CrampsArticle");
        Set<String> out = new TreeSet<>();
        model.listSubjectsWithProperty(RDF.type, model.createResource(NKG.NS + "Claim")).forEach(c -> {
            if (c.hasProperty(model.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom"), article)) {
                out.add(c.getURI().substring(CLAIM.length()));
            }
        });
        return out;
    }

    @Test
    void everyClaimOfTheArticleIsInARowAndEveryRowClaimExists() {
        Set<String> listed = new TreeSet<>();
        rows.forEach(r -> listed.addAll(r.claims()));
        Set<String> inGraph = articleClaims();
        Set<String> unlisted = new TreeSet<>(inGraph);
        unlisted.removeAll(listed);
        Set<String> unknown = new TreeSet<>(listed);
        unknown.removeAll(inGraph);
        assertEquals(Set.of(), unlisted, "claims of the graph that COVERAGE.md does not list");
        assertEquals(Set.of(), unknown, "claims COVERAGE.md lists that the graph does not have");
    }

    @Test
    void aRowWithoutClaimsSaysWhy() {
        List<Integer> silent = rows.stream().filter(r -> r.claims().isEmpty() && r.note().isEmpty())
                .map(Row::number).toList();
        assertEquals(List.of(), silent, "rows with neither a claim nor a note");
    }

    @Test
    void eachClaimQuotesTheSentenceOfItsRow() throws IOException {
        assumeTrue(Files.isRegularFile(ARTICLE), "the article is at " + ARTICLE.toAbsolutePath());
        List<String> lines = Files.readAllLines(ARTICLE).stream().map(l -> l.replaceAll("\\s+", " ").strip()).toList();
        Map<String, String> wrong = new TreeMap<>();
        for (Row r : rows) {
            String begins = r.begins().replace(" …", "");
            List<String> around = lines.stream().filter(l -> l.contains(begins)).toList();
            assertTrue(!around.isEmpty(), "row " + r.number() + ": no line of the article holds '" + begins + "'");
            for (String claim : r.claims()) {
                boolean quoted = model.createResource(CLAIM + claim)
                        .listProperties(model.createProperty(NKG.NS + "evidenceQuote")).toList().stream()
                        .map(s -> s.getString().replaceAll("\\s+", " ").strip())
                        .anyMatch(q -> q.contains(begins) || around.stream().anyMatch(l -> l.contains(q)));
                if (!quoted) {
                    wrong.put(claim, "row " + r.number() + " ('" + begins + "')");
                }
            }
        }
        assertEquals(Map.of(), wrong, "claims whose quotes are not the sentence of their row");
    }
}
