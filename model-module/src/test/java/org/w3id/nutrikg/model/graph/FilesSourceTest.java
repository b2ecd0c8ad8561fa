// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.nutrikg.model.BadInputException;

class FilesSourceTest {

    private static Path resource(String name) {
        try {
            return Path.of(FilesSourceTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Path FOODS = resource("graph/foods-input.ttl");
    private static final Path MORE = resource("store/more-input.nt");
    private static final GraphSpec SPEC = new GraphSpec(false, List.of(FOODS, MORE), Reasoning.NONE);

    @Test
    void filesAloneWithoutReasoningStreamWithoutLoading() {
        try (GraphSource source = GraphSources.open(SPEC)) {
            assertTrue(source instanceof FilesSource);
            assertTrue(source.streams());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            source.stream(false, StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS));
            Graph back = GraphFactory.createDefaultGraph();
            RDFParser.fromString(out.toString(java.nio.charset.StandardCharsets.UTF_8), Lang.TURTLE).parse(back);
            Graph expected = GraphFactory.createDefaultGraph();
            RDFDataMgr.read(expected, FOODS.toString());
            RDFDataMgr.read(expected, MORE.toString());
            assertTrue(expected.isIsomorphicWith(back), back.toString());
            assertTrue(out.toString(java.nio.charset.StandardCharsets.UTF_8).startsWith("PREFIX nkg:"));
        }
    }

    @Test
    void queriesLoadTheFilesOnce() {
        try (GraphSource source = GraphSources.open(SPEC)) {
            try (QueryExecution qe = source.query(QueryFactory.create("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"),
                    Map.of(), null, false)) {
                assertEquals(9, qe.execSelect().next().getLiteral("n").getInt());
            }
            assertFalse(source.streams(), "once loaded, the loaded graph is used");
            assertEquals(9, source.graph(false).size());
        }
    }

    @Test
    void bundledOrReasoningLoadIntoMemory() {
        assertFalse(FilesSource.fits(new GraphSpec(true, List.of(FOODS), Reasoning.NONE)));
        assertFalse(FilesSource.fits(new GraphSpec(false, List.of(FOODS), Reasoning.OWL)));
        assertTrue(FilesSource.fits(SPEC));
    }

    @Test
    void missingFileFailsBeforeAnythingIsRead() {
        GraphSpec spec = new GraphSpec(false, List.of(FOODS, Path.of("no/such.nt")), Reasoning.NONE);
        BadInputException e = assertThrows(BadInputException.class, () -> GraphSources.open(spec));
        assertEquals("no/such.nt: no such file or folder", e.located());
    }
}
