// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.nutrikg.model.BadInputException;
import org.w3id.nutrikg.model.graph.GraphSource;
import org.w3id.nutrikg.model.graph.StoreSource;
import org.w3id.nutrikg.model.graph.Stores;
import org.w3id.nutrikg.model.io.Progress;

class LoadOperationTest {

    static Path resource(String name) {
        try {
            return Path.of(LoadOperationTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Path FOODS = resource("graph/foods-input.ttl");
    private static final Path MORE = resource("store/more-input.nt");
    private static final Path BROKEN = resource("store/broken-input.nt");

    private static LoadResult load(Path store, Path... files) {
        return LoadOperation.load(store, new LoadOptions(false, List.of(files)), Progress.NONE);
    }

    private static Graph stored(Path store) {
        try (GraphSource s = StoreSource.open(store)) {
            return s.graph(false);
        }
    }

    private static Graph read(Path... files) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Path f : files) {
            RDFDataMgr.read(g, f.toString());
        }
        return g;
    }

    @Test
    void newStoreHoldsExactlyTheFiles(@TempDir Path tmp) {
        Path store = tmp.resolve("deep/s");
        LoadResult r = load(store, FOODS, MORE);
        assertEquals(9, r.triples());
        assertEquals(0, r.quads());
        assertTrue(r.created());
        assertTrue(Stores.isStore(store));
        Graph expected = read(FOODS, MORE);
        Graph actual = stored(store);
        assertTrue(expected.isIsomorphicWith(actual), () -> "stored graph differs: " + actual);
        assertEquals(List.of("s"), names(tmp.resolve("deep")), "no staging folder is left");
    }

    @Test
    void aNewStoreHasOrdinaryPermissionsAndTheLeftoverOfAKilledLoadGoes(@TempDir Path tmp) throws IOException {
        long gone = ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid).max().orElse(1) + 1000;
        Path killed = Files.createDirectories(tmp.resolve(".s.loading." + gone + ".a1b2/Data-0001"));
        Path store = tmp.resolve("s");
        load(store, FOODS);
        Path probe = Files.createDirectory(tmp.resolve("probe"));
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(store),
                "the same permissions as any folder made here (not owner-only)");
        assertFalse(Files.exists(killed.getParent()), "the killed load's staging folder is removed");
    }

    @Test
    void namedGraphsJoinTheOneGraphAsWithData(@TempDir Path tmp) throws IOException {
        Path trig = tmp.resolve("more.trig");
        Files.writeString(trig, "<urn:ex:g> { <urn:ex:a> <urn:ex:b> <urn:ex:c> }\n<urn:ex:d> <urn:ex:e> <urn:ex:f> .\n");
        Path store = tmp.resolve("s");
        LoadResult r = load(store, trig);
        assertEquals(1, r.triples());
        assertEquals(1, r.quads());
        Graph g = stored(store);
        assertEquals(2, g.size(), () -> "both triples are in the store's graph: " + g);
        assertTrue(g.contains(org.apache.jena.graph.NodeFactory.createURI("urn:ex:a"), org.apache.jena.graph.Node.ANY,
                org.apache.jena.graph.Node.ANY));
    }

    @Test
    void everyLoaderMakesTheSameStoreWithStatistics(@TempDir Path tmp) {
        for (Loader loader : Loader.values()) {
            Path store = tmp.resolve(loader.id());
            LoadResult r = LoadOperation.load(store, new LoadOptions(false, List.of(FOODS, MORE), loader), Progress.NONE);
            assertEquals(9, r.triples(), loader.id());
            assertTrue(read(FOODS, MORE).isIsomorphicWith(stored(store)), loader.id());
            assertTrue(Files.isRegularFile(store.resolve("Data-0001").resolve(StoreStatistics.FILE)), loader.id());
        }
    }

    @Test
    void autoIsPhasedOnSmallMachinesAndParallelFromFourCores() {
        assertEquals(Loader.PHASED, Loader.AUTO.choose(1));
        assertEquals(Loader.PHASED, Loader.AUTO.choose(2));
        assertEquals(Loader.PARALLEL, Loader.AUTO.choose(4));
        assertEquals(Loader.LIGHT, Loader.LIGHT.choose(16), "a named loader stands for itself");
        assertEquals(Loader.SEQUENTIAL, Loader.of("Sequential").orElseThrow());
        assertTrue(Loader.of("fast").isEmpty());
    }

    @Test
    void existingStoreIsAddedTo(@TempDir Path tmp) {
        Path store = tmp.resolve("s");
        load(store, FOODS);
        LoadResult r = load(store, MORE);
        assertFalse(r.created());
        assertEquals(2, r.triples());
        assertTrue(read(FOODS, MORE).isIsomorphicWith(stored(store)));
    }

    @Test
    void emptyFolderBecomesTheStore(@TempDir Path tmp) throws IOException {
        Path store = Files.createDirectory(tmp.resolve("s"));
        load(store, MORE);
        assertTrue(read(MORE).isIsomorphicWith(stored(store)));
    }

    @Test
    void gzippedFileIsRead(@TempDir Path tmp) throws IOException {
        Path gz = tmp.resolve("more.nt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(MORE, out);
        }
        load(tmp.resolve("s"), gz);
        assertTrue(read(MORE).isIsomorphicWith(stored(tmp.resolve("s"))));
    }

    @Test
    void parseErrorLeavesNoNewStore(@TempDir Path tmp) {
        Path store = tmp.resolve("s");
        BadInputException e = assertThrows(BadInputException.class, () -> load(store, FOODS, BROKEN));
        assertEquals(BROKEN.toString(), e.source());
        assertEquals(2, e.line());
        assertTrue(e.column() > 0);
        assertEquals(List.of(), names(tmp), "neither the store nor its staging folder is left");
    }

    @Test
    void parseErrorLeavesAnExistingStoreUntouched(@TempDir Path tmp) {
        Path store = tmp.resolve("s");
        load(store, FOODS);
        assertThrows(BadInputException.class, () -> load(store, MORE, BROKEN));
        assertTrue(read(FOODS).isIsomorphicWith(stored(store)), "the good file before the broken one is not loaded");
    }

    @Test
    void folderWithOtherFilesIsRefused(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "mine");
        BadInputException e = assertThrows(BadInputException.class, () -> load(tmp, MORE));
        assertTrue(e.getMessage().startsWith("not a TDB2 store and not empty"), e.getMessage());
        assertEquals(List.of("notes.txt"), names(tmp));
    }

    @Test
    void progressIsToldByPhase(@TempDir Path tmp) {
        List<String> phases = new ArrayList<>();
        long[] last = {0, 0};
        Progress p = new Progress() {
            @Override
            public void begin(String phase, long total) {
                phases.add(phase + ":" + total);
            }

            @Override
            public void advance(long done, long triples) {
                last[0] = done;
                last[1] = triples;
            }

            @Override
            public void end() {
                phases.add("end");
            }
        };
        Path store = tmp.resolve("s");
        LoadOperation.load(store, new LoadOptions(false, List.of(MORE)), p);
        long size = MORE.toFile().length();
        assertEquals(List.of("loading:" + size, "end", "indexing:-1", "end", "statistics:-1", "end"), phases);
        assertEquals(size, last[0]);
        assertEquals(2, last[1]);
        phases.clear();
        LoadOperation.load(store, new LoadOptions(false, List.of(MORE)), p);
        assertEquals(List.of("checking:" + size, "end", "loading:" + size, "end", "indexing:-1", "end", "statistics:-1",
                "end"), phases);
    }

    private static List<String> names(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
