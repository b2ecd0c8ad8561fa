// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.nutrikg.cli.CliRun.Result;
import org.w3id.nutrikg.model.graph.GraphSpec;
import org.w3id.nutrikg.model.graph.Graphs;
import org.w3id.nutrikg.model.graph.Reasoning;
import org.w3id.nutrikg.model.graph.Stores;
import org.w3id.nutrikg.model.io.ExportFormat;

/** The global option --store: reading commands over a TDB2 store, and export streaming from it. */
class StoreOptionTest {

    private static final String SELECT_FOODS =
            "SELECT ?food WHERE { ?food nkg:foodSourceOf ?nutrient } ORDER BY ?food";

    @TempDir
    static Path shared;
    private static Path bundledStore;
    private static Graph bundled;

    @BeforeAll
    static void loadBundled() {
        bundledStore = shared.resolve("bundled");
        Result r = CliRun.run("-q", "load", "--store", bundledStore.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        bundled = Graphs.load(GraphSpec.bundledGraph().withReasoning(Reasoning.NONE)).asserted();
    }

    /**
     * {@code g} with its literals in canonical form: TDB2 stores numbers and dates by value, so that
     * "448"^^xsd:decimal comes back as "448.0"^^xsd:decimal, the same value.
     */
    static Graph canonical(Graph g) {
        Graph c = GraphFactory.createDefaultGraph();
        g.find().forEach(t -> c.add(t.getSubject(), t.getPredicate(), CanonicalizeLiteral.get().apply(t.getObject())));
        return c;
    }

    /** A store holding the query fixture, made with TDB2 directly ('load' has its own tests). */
    static Path store(Path dir) {
        DatasetGraph dsg = Stores.connect(dir);
        dsg.executeWrite(() -> RDFDataMgr.read(dsg.getDefaultGraph(), Fixtures.arg("query/foods-input.ttl")));
        Stores.release(dsg);
        return dir;
    }

    @Test
    void queryAnswersFromTheStoreWithoutReasoning(@TempDir Path tmp) {
        String dir = store(tmp.resolve("s")).toString();
        Result r = CliRun.run("--store", dir, "query", SELECT_FOODS, "--format", "csv");
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertEquals("food\r\nhttps://w3id.org/nutrikg/resource/Banana\r\nhttps://w3id.org/nutrikg/resource/Spinach\r\n"
                + "https://w3id.org/nutrikg/resource/Spinach\r\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void optionMayFollowTheCommand(@TempDir Path tmp) {
        String dir = store(tmp.resolve("s")).toString();
        Result r = CliRun.run("query", "ASK { nkr:Banana nkg:foodSourceOf nkr:Potassium }", "--store", dir,
                "--format", "csv");
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertEquals("_askResult\r\ntrue\r\n", r.out());
        assertEquals("", r.err());
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void exportFromAStoreOfTheBundledGraphReadsBackToIt(ExportFormat format) {
        Result r = CliRun.run("--store", bundledStore.toString(), "export", "--format", format.id());
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertEquals("", r.err());
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.out(), format.lang()).parse(back);
        assertTrue(canonical(bundled).isIsomorphicWith(canonical(back)),
                format.id() + ": exported graph differs from the bundled graph");
        if (format == ExportFormat.TURTLE) {
            assertTrue(r.out().contains("nkr:Potassium"), "Turtle from a store is written with NutriKG's prefixes");
        }
    }

    @Test
    void exportInferredFromAStoreIsAUsageError() {
        Result r = CliRun.run("--store", bundledStore.toString(), "export", "--inferred");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.describe());
        assertEquals("nutrikg export: --inferred applies to in-memory graphs: a store or endpoint is exported as stored\n",
                r.err().replace("\r", ""));
    }

    @Test
    void namedQueryAnswersFromAStoreOfTheBundledGraphAsFromMemory() {
        Result fromStore = CliRun.run("--store", bundledStore.toString(), "query", "food-sources",
                "--param", "nutrient=nkr:Potassium", "--format", "csv");
        Result fromMemory = CliRun.run("query", "food-sources", "--param", "nutrient=nkr:Potassium", "--format", "csv");
        assertEquals(ExitCodes.OK, fromStore.exitCode(), fromStore.describe());
        assertEquals("", fromStore.err());
        assertTrue(fromStore.out().lines().count() > 1, fromStore.out());
        assertEquals(fromMemory.out(), fromStore.out());
    }

    @Test
    void folderThatIsNotAStoreExits3WithOneLine(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "hello");
        Result r = CliRun.run("--store", tmp.toString(), "query", SELECT_FOODS);
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.describe());
        assertEquals("nutrikg query: " + tmp + ": not a TDB2 store (make one with 'nutrikg load --store DIR FILE...')\n",
                r.err().replace("\r", ""));
        assertEquals("", r.out());
    }

    @Test
    void missingStoreExits3AndIsNotCreated(@TempDir Path tmp) {
        Path dir = tmp.resolve("nowhere");
        Result r = CliRun.run("--store", dir.toString(), "query", SELECT_FOODS);
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.describe());
        assertTrue(r.err().startsWith("nutrikg query: " + dir + ": no such store"), r.err());
        assertTrue(Files.notExists(dir));
    }

    @Test
    void dataWithStoreIsAUsageError(@TempDir Path tmp) {
        Result r = CliRun.run("--store", tmp.toString(), "--data", Fixtures.arg("query/foods-input.ttl"),
                "query", SELECT_FOODS);
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.describe());
        assertTrue(r.err().startsWith("nutrikg query: --data and --store do not combine"), r.err());
    }

    @Test
    void reasoningWithStoreIsAUsageError(@TempDir Path tmp) {
        Result r = CliRun.run("--store", tmp.toString(), "--reasoning", "owl", "query", SELECT_FOODS);
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.describe());
        assertEquals("nutrikg query: --reasoning owl applies to in-memory graphs only: a store is queried as stored\n",
                r.err().replace("\r", ""));
    }
}
