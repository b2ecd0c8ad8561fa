// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.nutrikg.model.BadInputException;

class RdfFilesTest {

    @Test
    void syntaxErrorCarriesFileLineAndColumn(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.ttl");
        Files.writeString(f, "@prefix nkr: <https://w3id.org/nutrikg/resource/> .\n\nnkr:A nkr:b nkx:C .\n");
        var e = assertThrows(BadInputException.class, () -> RdfFiles.parse(f, StreamRDFLib.graph(GraphFactory.createDefaultGraph())));
        assertEquals(f.toString(), e.source());
        assertEquals(3, e.line());
        assertTrue(e.column() > 0);
        assertTrue(e.located().startsWith(f + ":3:"), e.located());
        assertTrue(e.getMessage().contains("nkx"), e.getMessage());
    }

    @Test
    void jsonLdWithARemoteContextIsRefusedWithoutFetching(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("remote.jsonld");
        Files.writeString(f, "{\"@context\": \"http://127.0.0.1:9/context.jsonld\", \"@id\": \"http://example.org/a\", \"name\": \"a\"}");
        var e = assertThrows(BadInputException.class, () -> RdfFiles.parse(f, StreamRDFLib.graph(GraphFactory.createDefaultGraph())));
        assertEquals(f.toString(), e.source());
    }

    @Test
    void foldersExpandToTheirRdfFilesSorted(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.ttl"), "");
        Files.writeString(dir.resolve("a.nt"), "");
        Files.writeString(dir.resolve("notes.txt"), "");
        assertEquals(java.util.List.of(dir.resolve("a.nt"), dir.resolve("b.ttl")), RdfFiles.expand(dir));
    }

    @Test
    void unknownExtensionIsBadInput(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("graph.txt");
        Files.writeString(f, "");
        var e = assertThrows(BadInputException.class, () -> RdfFiles.expand(f));
        assertTrue(e.getMessage().startsWith("unknown RDF syntax"), e.getMessage());
    }

    @Test
    void validTurtleIsRead(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("ok.ttl");
        Files.writeString(f, "<http://example.org/a> <http://example.org/b> \"c\"@en .\n");
        Graph g = GraphFactory.createDefaultGraph();
        RdfFiles.parse(f, StreamRDFLib.graph(g));
        assertEquals(1, g.size());
    }
}
