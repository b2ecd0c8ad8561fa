// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderTransformation;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderWeighted;
import org.apache.jena.sparql.sse.Item;
import org.apache.jena.sparql.sse.ItemList;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.nutrikg.model.graph.Stores;
import org.w3id.nutrikg.model.io.Progress;
import org.w3id.nutrikg.model.vocab.NKG;

class StoreStatisticsTest {

    private static final Path FOODS = LoadOperationTest.resource("graph/foods-input.ttl");
    private static final Path MORE = LoadOperationTest.resource("store/more-input.nt");

    private static void load(Path store, Path... files) {
        LoadOperation.load(store, new LoadOptions(false, List.of(files)), Progress.NONE);
    }

    /** What a stats file says: the total under "count", each predicate's count, each class's count. */
    private record Read(long count, Map<String, Long> predicates, Map<String, Long> types) {
    }

    private static Read read(Path file) {
        Item stats = SSE.readFile(file.toString());
        assertTrue(stats.isTagged("stats"), () -> "not a stats file: " + stats);
        ItemList list = stats.getList();
        long count = -1;
        Map<String, Long> predicates = new TreeMap<>();
        Map<String, Long> types = new TreeMap<>();
        for (int i = 1; i < list.size(); i++) {
            Item entry = list.get(i);
            if (entry.isTagged("meta")) {
                count = Item.find(entry.getList(), "count").getList().get(1).getLong();
                continue;
            }
            Item head = entry.getList().get(0);
            long n = entry.getList().get(1).getLong();
            if (head.isNodeURI()) {
                predicates.put(head.getNode().getURI(), n);
            } else if (head.isList() && head.getList().size() == 3 && head.getList().get(2).isNodeURI()) {
                types.put(head.getList().get(2).getNode().getURI(), n);
            }
        }
        return new Read(count, predicates, types);
    }

    private static Path statsFile(Path store) {
        return store.resolve("Data-0001").resolve(StoreStatistics.FILE);
    }

    @Test
    void aLoadedStoreHasStatisticsNamingItsPredicatesAndClasses(@TempDir Path tmp) {
        Path store = tmp.resolve("s");
        load(store, FOODS, MORE);
        Path file = statsFile(store);
        assertTrue(Files.isRegularFile(file), "stats.opt in the store's data folder");
        Read r = read(file);
        assertEquals(9, r.count());
        assertEquals(Map.of(RDF.type.getURI(), 3L, RDFS.label.getURI(), 2L, NKG.foodSourceOf.getURI(), 4L),
                r.predicates());
        assertEquals(Map.of(NKG.Food.getURI(), 3L), r.types());
    }

    @Test
    void addingToAStoreCountsTheWholeStoreAgain(@TempDir Path tmp) {
        Path store = tmp.resolve("s");
        load(store, FOODS);
        assertEquals(7, read(statsFile(store)).count());
        load(store, MORE);
        Read r = read(statsFile(store));
        assertEquals(9, r.count());
        assertEquals(4L, r.predicates().get(NKG.foodSourceOf.getURI()));
        assertFalse(Files.exists(statsFile(store).resolveSibling(StoreStatistics.FILE + ".part")));
    }

    @Test
    void theOptimiserOfAReopenedStoreOrdersPatternsBySize(@TempDir Path tmp) throws IOException {
        Path store = tmp.resolve("s");
        load(store, FOODS, MORE);
        // written first, the larger pattern (4 triples) comes second once the store's statistics are read
        Var f = Var.alloc("f");
        Triple larger = Triple.create(f, NKG.foodSourceOf.asNode(), Var.alloc("n"));
        Triple smaller = Triple.create(f, RDFS.label.asNode(), Var.alloc("l"));
        BasicPattern written = BasicPattern.wrap(List.of(larger, smaller));

        assertEquals(List.of(smaller, larger), reordered(store, written, true));
        Files.delete(statsFile(store));
        assertEquals(List.of(larger, smaller), reordered(store, written, false),
                "without statistics the patterns keep the order written (same shape)");
    }

    private static List<Triple> reordered(Path store, BasicPattern pattern, boolean weighted) {
        DatasetGraph dsg = Stores.connectExisting(store);
        try {
            ReorderTransformation reorder = TDBInternal.getDatasetGraphTDB(dsg).getReorderTransform();
            if (weighted) {
                assertInstanceOf(ReorderWeighted.class, reorder);
            } else {
                assertFalse(reorder instanceof ReorderWeighted, () -> "expected TDB2's fixed order: " + reorder);
            }
            return reorder.reorder(pattern).getList();
        } finally {
            Stores.release(dsg);
        }
    }

    @Test
    void theStatisticsOfAnEmptyStoreAreZero(@TempDir Path tmp) throws IOException {
        Path empty = Files.writeString(tmp.resolve("empty.nt"), "");
        Path store = tmp.resolve("s");
        load(store, empty);
        Read r = read(statsFile(store));
        assertEquals(0, r.count());
        assertEquals(Map.of(), r.predicates());
    }
}
