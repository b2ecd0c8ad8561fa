// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.nutrikg.model.BadInputException;
import org.w3id.nutrikg.model.vocab.NKR;
import org.w3id.nutrikg.model.vocab.Prefixes;

class StoreSourceTest {

    static Graph fixture() throws IOException {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = StoreSourceTest.class.getResourceAsStream("/graph/foods-input.ttl")) {
            RDFDataMgr.read(g, in, Lang.TURTLE);
        }
        return g;
    }

    /** A store holding the fixture, made with TDB2 directly (the load operation is tested on its own). */
    static Path storeOf(Path dir, Graph g) {
        DatasetGraph dsg = Stores.connect(dir);
        dsg.executeWrite(() -> g.find().forEach(dsg.getDefaultGraph()::add));
        Stores.release(dsg);
        return dir;
    }

    @Test
    void queriesAndStreamsTheStoredGraph(@TempDir Path tmp) throws IOException {
        Graph expected = fixture();
        Path dir = storeOf(tmp.resolve("s"), expected);
        try (GraphSource source = GraphSources.open(GraphSpec.ofStore(dir))) {
            Query q = QueryFactory.create(Prefixes.sparqlDeclarations()
                    + "SELECT (COUNT(*) AS ?n) WHERE { ?f nkg:foodSourceOf ?n0 }");
            try (QueryExecution qe = source.query(q, Map.of(), null, false)) {
                assertEquals(3, qe.execSelect().next().getLiteral("n").getInt());
            }
            Query bound = QueryFactory.create(Prefixes.sparqlDeclarations()
                    + "SELECT ?f WHERE { ?f nkg:foodSourceOf ?nutrient }");
            try (QueryExecution qe = source.query(bound,
                    Map.of("nutrient", ResourceFactory.createResource(NKR.NS + "Magnesium")), null, false)) {
                assertEquals(NKR.NS + "Spinach", qe.execSelect().next().getResource("f").getURI());
            }
            Graph streamed = GraphFactory.createDefaultGraph();
            source.stream(false, StreamRDFLib.graph(streamed));
            assertTrue(expected.isIsomorphicWith(streamed), "streamed graph differs");
            assertTrue(expected.isIsomorphicWith(source.graph(false)), "copied graph differs");
            assertTrue(source.streams());
            assertEquals("store '" + dir + "'", source.label());
        }
    }

    @Test
    void storeIsReleasedOnCloseAndCanBeOpenedAgain(@TempDir Path tmp) throws IOException {
        Path dir = storeOf(tmp.resolve("s"), fixture());
        for (int i = 0; i < 2; i++) {
            try (GraphSource source = StoreSource.open(dir)) {
                assertEquals(7, source.graph(false).size());
            }
        }
    }

    @Test
    void missingFolderIsBadInputAndIsNotCreated(@TempDir Path tmp) {
        Path dir = tmp.resolve("nowhere");
        BadInputException e = assertThrows(BadInputException.class, () -> StoreSource.open(dir));
        assertTrue(e.located().startsWith(dir + ": no such store"), e.located());
        assertTrue(Files.notExists(dir), "opening for reading must not make a store");
    }

    @Test
    void folderThatIsNotAStoreIsBadInput(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "not a store");
        BadInputException e = assertThrows(BadInputException.class, () -> StoreSource.open(tmp));
        assertEquals(tmp + ": not a TDB2 store (make one with 'nutrikg load --store DIR FILE...')", e.located());
        Path file = tmp.resolve("notes.txt");
        assertThrows(BadInputException.class, () -> StoreSource.open(file));
    }
}
