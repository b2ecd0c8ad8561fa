// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.nutrikg.cli.CliRun;
import org.w3id.nutrikg.cli.CliRun.Result;
import org.w3id.nutrikg.cli.ExitCodes;
import org.w3id.nutrikg.cli.NutriKG;

/**
 * Limits: --timeout stops a runaway query of every shape within a loose bound of twice the limit; a large
 * SELECT written as CSV streams through a heap far smaller than its results, from a generated graph and from
 * a TDB2 store; running out of heap is one line.
 */
class LimitsTest {

    private static final double LIMIT_SECONDS = 1.0;
    /** Twice the limit, plus slack for a shared, slow machine: a bound on stopping, not a speed claim. */
    private static final long BOUND_MILLIS = (long) (2 * LIMIT_SECONDS * 1000) + 5000;
    private static final String CROSS = "?a ?p ?x . ?b ?q ?y . ?c ?r ?z";

    @TempDir
    static Path shared;
    private static Path data;

    @BeforeAll
    static void graph() throws IOException {
        StringBuilder ttl = new StringBuilder("@prefix ex: <http://example.org/> .\n");
        for (int i = 0; i < 3000; i++) {
            ttl.append("ex:s").append(i).append(" ex:p ").append(i).append(" .\n");
        }
        data = shared.resolve("cross.ttl");
        Files.writeString(data, ttl);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT (COUNT(*) AS ?n) WHERE { " + CROSS + " }",
        "SELECT * WHERE { " + CROSS + " }",
        "SELECT * WHERE { " + CROSS + " } ORDER BY ?z",
        "CONSTRUCT { ?a ?q ?z } WHERE { " + CROSS + " }"})
    void timeoutStopsARunawayQueryWithinTwiceTheLimit(String query, @TempDir Path dir) {
        Path out = dir.resolve("out");
        long start = System.nanoTime();
        Result r = CliRun.run("--no-bundled", "--reasoning", "none", "--data", data.toString(), "query", query,
                "--timeout", String.valueOf(LIMIT_SECONDS), "--output", out.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(ExitCodes.FAILED, r.exitCode(), r.describe());
        assertEquals("nutrikg query: query timed out after 1 s (raise --timeout)\n", r.err().replace("\r", ""));
        assertEquals("", r.out());
        assertFalse(Files.exists(out), "no partial output");
        assertTrue(millis < BOUND_MILLIS, "stopped after " + millis + " ms (bound " + BOUND_MILLIS + " ms)");
    }

    @Test
    void aMillionRowsStreamAsCsvThroughASmallHeap(@TempDir Path dir) throws Exception {
        String main = StreamingChild.class.getName();
        List<String> heap = List.of("-Xmx24m");
        int code = ChildJvm.run(dir, heap, main, List.of("1000000", "CSV", "SELECT ?s ?o WHERE { ?s ?p ?o }"));
        assertEquals(0, code, ChildJvm.output(dir));
        long bytes = Long.parseLong(Files.readString(dir.resolve("child.out")).strip());
        assertTrue(bytes > 40_000_000, bytes + " bytes of CSV");

        // the control: sorting must hold every row, and the same heap is too small for that
        int sorted = ChildJvm.run(dir, heap, main, List.of("1000000", "CSV",
                "SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY DESC(?o)"));
        assertNotEquals(0, sorted, ChildJvm.output(dir));
        assertTrue(Files.readString(dir.resolve("child.err")).contains("OutOfMemoryError"), ChildJvm.output(dir));
    }

    @Test
    void runningOutOfMemoryIsOneLineAndExit4(@TempDir Path dir) throws Exception {
        StringBuilder nt = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            nt.append("<http://example.org/s").append(i).append("> <http://example.org/p> \"").append(i).append("\" .\n");
        }
        Path big = dir.resolve("big.nt");
        Files.writeString(big, nt);
        int code = ChildJvm.run(dir, List.of("-Xmx32m"), NutriKG.class.getName(),
                List.of("--no-bundled", "--reasoning", "none", "--data", big.toString(), "query", "ASK {}"));
        assertEquals(ExitCodes.FAILED, code, ChildJvm.output(dir));
        assertEquals("nutrikg query: out of memory: give Java more heap (JAVA_OPTS=-Xmx4g)\n",
                Files.readString(dir.resolve("child.err")), ChildJvm.output(dir));
        assertEquals("", Files.readString(dir.resolve("child.out")));
    }

    @Test
    void aLargeStoreStreamsAsCsvThroughASmallHeap(@TempDir Path dir) throws Exception {
        // 60,000 triples, every subject and object distinct (120,000 nodes, more than a 24 MB heap holds when
        // TDB2 caches every node it decodes): a store written directly, faster than load
        Path store = dir.resolve("store");
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        Txn.executeWrite(dsg, () -> {
            Graph g = dsg.getDefaultGraph();
            Node p = NodeFactory.createURI("http://example.org/p");
            for (int i = 0; i < 60_000; i++) {
                g.add(NodeFactory.createURI("http://example.org/s" + i), p, NodeFactory.createLiteralString("value " + i));
            }
        });
        TDBInternal.expel(dsg);

        String main = NutriKG.class.getName();
        List<String> heap = List.of("-Xmx24m");
        int code = ChildJvm.run(dir, heap, main, List.of("--store", store.toString(), "query", "--format", "csv",
                "SELECT ?s ?o WHERE { ?s ?p ?o }"));
        assertEquals(0, code, ChildJvm.output(dir));
        try (var lines = Files.lines(dir.resolve("child.out"))) {
            assertEquals(60_001, lines.count(), "a header and every row");
        }
        assertEquals("", Files.readString(dir.resolve("child.err")));

        // the control: sorting must hold every row, and the same heap is too small for that
        int sorted = ChildJvm.run(dir, heap, main, List.of("--store", store.toString(), "query", "--format", "csv",
                "SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY DESC(?o)"));
        assertEquals(ExitCodes.FAILED, sorted, ChildJvm.output(dir));
        assertTrue(Files.readString(dir.resolve("child.err")).contains("out of memory"), ChildJvm.output(dir));
    }
}
