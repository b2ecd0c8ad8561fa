// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.nutrikg.cli.BackgroundRun;
import org.w3id.nutrikg.cli.CliRun;
import org.w3id.nutrikg.cli.CliRun.Result;
import org.w3id.nutrikg.cli.ExitCodes;
import org.w3id.nutrikg.cli.Fixtures;
import org.w3id.nutrikg.cli.TestFuseki;

/** push, against a real Fuseki server started for each test. */
class PushCommandTest {

    private static final String FOODS = Fixtures.arg("query/foods-input.ttl");
    private static final String MORE = Fixtures.arg("load/more-input.nt");

    private static Graph read(String... files) {
        Graph g = GraphFactory.createDefaultGraph();
        for (String f : files) {
            RDFDataMgr.read(g, f);
        }
        return g;
    }

    private static Graph copy(Graph g) {
        Graph c = GraphFactory.createDefaultGraph();
        g.find().forEach(c::add);
        return c;
    }

    @Test
    void pushedBundledGraphAnswersTheNamedQueryFromTheOtherServer() {
        try (TestFuseki other = TestFuseki.start()) {
            Result push = CliRun.run("push", "--to", other.url("data"));
            assertEquals(ExitCodes.OK, push.exitCode(), push.describe());
            assertEquals("", push.out());
            assertTrue(push.err().matches("pushed [\\d,]+ triples to \\Q" + other.url("data")
                    + "\\E \\(default graph\\) in \\d+\\.\\d s\\R"), push.err());

            Result remote = CliRun.run("--endpoint", other.url("sparql"), "query", "food-sources",
                    "--param", "nutrient=nkr:Potassium");
            Result local = CliRun.run("query", "food-sources", "--param", "nutrient=nkr:Potassium");
            assertEquals(ExitCodes.OK, remote.exitCode(), remote.describe());
            assertEquals("", remote.err());
            assertTrue(remote.out().contains("nkr:Bananas"), remote.out());
            assertEquals(local.out(), remote.out());
        }
    }

    @Test
    void replacesTheTargetGraphInChunks() {
        try (TestFuseki other = TestFuseki.start(MORE)) {
            Result r = CliRun.run("-q", "--no-bundled", "--data", FOODS, "push", "--to", other.url("data"), "--chunk", "2");
            assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
            assertEquals("", r.err());
            Graph served = other.dataset().calculateRead(() -> copy(other.dataset().getDefaultGraph()));
            assertTrue(read(FOODS).isIsomorphicWith(served), "the old content is replaced: " + served);
        }
    }

    @Test
    void appendKeepsWhatTheGraphHeld() {
        try (TestFuseki other = TestFuseki.start(MORE)) {
            Result r = CliRun.run("-q", "--no-bundled", "--data", FOODS, "push", "--to", other.url("data"),
                    "--append", "--chunk", "3");
            assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
            Graph served = other.dataset().calculateRead(() -> copy(other.dataset().getDefaultGraph()));
            assertTrue(read(FOODS, MORE).isIsomorphicWith(served), served.toString());
        }
    }

    @Test
    void namedGraphLeavesTheDefaultGraphAlone() {
        try (TestFuseki other = TestFuseki.start(MORE)) {
            String iri = "https://example.org/graphs/foods";
            Result r = CliRun.run("-q", "--no-bundled", "--data", FOODS, "push", "--to", other.url("data"), "--graph", iri);
            assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
            Graph named = other.dataset().calculateRead(() -> copy(other.dataset().getGraph(NodeFactory.createURI(iri))));
            Graph dft = other.dataset().calculateRead(() -> copy(other.dataset().getDefaultGraph()));
            assertTrue(read(FOODS).isIsomorphicWith(named), named.toString());
            assertTrue(read(MORE).isIsomorphicWith(dft), dft.toString());
        }
    }

    @Test
    void blankNodesStayOneNodeAcrossChunks(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("bnodes.ttl");
        Files.writeString(file, """
                @prefix nkr: <https://w3id.org/nutrikg/resource/> .
                @prefix nkg: <https://w3id.org/nutrikg/ontology#> .
                nkr:Banana nkg:amount [ nkg:value 358 ; nkg:unit nkr:mg ; nkg:per [ nkg:value 100 ; nkg:unit nkr:g ] ] .
                nkr:Spinach nkg:amount [ nkg:value 558 ; nkg:unit nkr:mg ] .
                """);
        try (TestFuseki other = TestFuseki.start()) {
            Result r = CliRun.run("-q", "--no-bundled", "--data", file.toString(), "push", "--to", other.url("data"),
                    "--chunk", "1");
            assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
            Graph served = other.dataset().calculateRead(() -> copy(other.dataset().getDefaultGraph()));
            assertTrue(read(file.toString()).isIsomorphicWith(served), served.toString());
        }
    }

    @Test
    void pushFromAStore(@TempDir Path tmp) {
        String store = tmp.resolve("s").toString();
        assertEquals(ExitCodes.OK, CliRun.run("-q", "--no-bundled", "load", "--store", store, FOODS, MORE).exitCode());
        try (TestFuseki other = TestFuseki.start()) {
            Result r = CliRun.run("-q", "--store", store, "push", "--to", other.url("data"));
            assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
            Graph served = other.dataset().calculateRead(() -> copy(other.dataset().getDefaultGraph()));
            assertTrue(read(FOODS, MORE).isIsomorphicWith(served));
        }
    }

    @Test
    void readOnlyServerRefusesAndExits4() throws Exception {
        int port = TestFuseki.freePort();
        try (BackgroundRun serve = BackgroundRun.start("-q", "--no-bundled", "--data", MORE, "serve", "--port",
                String.valueOf(port))) {
            String url = "http://127.0.0.1:" + port + "/nutrikg/data";
            long deadline = System.currentTimeMillis() + 60_000;
            Result r;
            do {
                Thread.sleep(100);
                r = CliRun.run("--no-bundled", "--data", FOODS, "push", "--to", url);
            } while (r.err().contains("connection refused") && System.currentTimeMillis() < deadline);
            assertEquals(ExitCodes.FAILED, r.exitCode(), r.describe());
            assertTrue(r.err().startsWith("nutrikg push: endpoint '" + url + "' answered 405"), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(serve.running());
        }
    }

    @Test
    void unreachableServerExits4WithOneLine() {
        String url = "http://127.0.0.1:" + TestFuseki.freePort() + "/ds/data";
        Result r = CliRun.run("--no-bundled", "--data", FOODS, "push", "--to", url);
        assertEquals(ExitCodes.FAILED, r.exitCode(), r.describe());
        assertEquals("nutrikg push: cannot reach endpoint '" + url + "': connection refused\n", r.err().replace("\r", ""));
        assertEquals("", r.out());
    }

    @Test
    void missingToIsAUsageError() {
        Result r = CliRun.run("push");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.describe());
        assertTrue(r.err().startsWith("nutrikg push: missing required option: '--to=URL'"), r.err());
    }

    @Test
    void relativeGraphIriIsAUsageError() {
        Result r = CliRun.run("push", "--to", "http://127.0.0.1:9/ds/data", "--graph", "foods");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.describe());
        assertEquals("nutrikg push: --graph takes an absolute IRI, not 'foods'\n", r.err().replace("\r", ""));
        assertFalse(r.err().contains("\tat "));
    }
}
