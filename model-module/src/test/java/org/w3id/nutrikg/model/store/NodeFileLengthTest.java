// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.nutrikg.model.graph.Stores;

class NodeFileLengthTest {

    /** 20,000 triples: IRIs, short and long literals, and one literal larger than Jena's 128 KB write buffer. */
    private static Path data(Path tmp) throws IOException {
        Path file = tmp.resolve("data.nt");
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (int i = 0; i < 10_000; i++) {
                out.printf("<http://example.org/s%d> <http://example.org/p%d> <http://example.org/o%d> .%n", i, i % 7,
                        i % 1000);
                out.printf("<http://example.org/s%d> <http://example.org/label> \"%s\"@en .%n", i, "x".repeat(i % 300));
            }
            out.printf("<http://example.org/big> <http://example.org/label> \"%s\" .%n", "y".repeat(200_000));
        }
        return file;
    }

    private static void load(Path store, Path file, boolean keep) {
        DatasetGraph dsg = Stores.connect(store);
        try {
            if (keep) {
                assertTrue(NodeFileLength.keep(dsg), "the node file keeps its length with this version of Jena");
            }
            DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
            loader.startBulk();
            loader.load(file.toString());
            loader.finishBulk();
        } finally {
            Stores.release(dsg);
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("Data-0001"))) {
            return s.map(Path::getFileName).sorted().toList();
        }
    }

    @Test
    void aStoreLoadedWithItIsByteForByteTheStoreJenaMakes(@TempDir Path tmp) throws IOException {
        Path file = data(tmp);
        Path jena = tmp.resolve("jena");
        Path kept = tmp.resolve("kept");
        load(jena, file, false);
        load(kept, file, true);
        List<Path> names = files(jena);
        assertEquals(names, files(kept));
        assertTrue(names.contains(Path.of("nodes-data.obj")), () -> "no node file among " + names);
        for (Path name : names) {
            if (!name.toString().equals("tdb.lock")) {
                assertArrayEquals(Files.readAllBytes(jena.resolve("Data-0001").resolve(name)),
                        Files.readAllBytes(kept.resolve("Data-0001").resolve(name)), name + " differs");
            }
        }
    }

    @Test
    void anAbortedTransactionLeavesNoNodesAndLaterOnesLandRight(@TempDir Path tmp) {
        Path store = tmp.resolve("s");
        Node p = NodeFactory.createURI("http://example.org/p");
        Triple first = Triple.create(NodeFactory.createURI("http://example.org/a"), p, NodeFactory.createLiteralString("one"));
        Triple aborted = Triple.create(NodeFactory.createURI("http://example.org/b"), p, NodeFactory.createLiteralString("two"));
        Triple last = Triple.create(NodeFactory.createURI("http://example.org/c"), p, NodeFactory.createLiteralString("three"));
        DatasetGraph dsg = Stores.connect(store);
        try {
            assertTrue(NodeFileLength.keep(dsg));
            assertTrue(NodeFileLength.keep(dsg), "a second time leaves the file as it is");
            Txn.executeWrite(dsg, () -> dsg.getDefaultGraph().add(first));
            dsg.begin(org.apache.jena.query.TxnType.WRITE);
            dsg.getDefaultGraph().add(aborted);
            dsg.abort();
            dsg.end();
            Txn.executeWrite(dsg, () -> dsg.getDefaultGraph().add(last));
        } finally {
            Stores.release(dsg);
        }
        DatasetGraph again = Stores.connect(store);
        try {
            Graph expected = GraphFactory.createDefaultGraph();
            expected.add(first);
            expected.add(last);
            Txn.executeRead(again, () -> assertTrue(expected.isIsomorphicWith(again.getDefaultGraph()),
                    () -> "stored: " + again.getDefaultGraph()));
        } finally {
            Stores.release(again);
        }
    }
}
