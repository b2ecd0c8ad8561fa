// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
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

    private static BadInputException refused(Path f) {
        return assertThrows(BadInputException.class, () -> RdfFiles.parse(f, StreamRDFLib.graph(GraphFactory.createDefaultGraph())));
    }

    @Test
    void invalidUtf8IsRefusedAtItsPosition(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("latin1.ttl");
        Files.write(f, "<http://example.org/a> <http://example.org/b> \"caf\u00e9\" .\n".getBytes(StandardCharsets.ISO_8859_1));
        var e = refused(f);
        assertEquals(1, e.line());
        assertEquals(51, e.column());
        assertTrue(e.getMessage().startsWith("not UTF-8: byte 0xE9"), e.getMessage());
    }

    @Test
    void literalNotValidForItsDatatypeIsRefused(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("lexical.nt");
        Files.writeString(f, "<http://example.org/a> <http://example.org/b> \"abc\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n");
        var e = refused(f);
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("'abc' not valid for datatype"), e.getMessage());
    }

    @Test
    void namedGraphsMergeIntoTheGraph(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("graphs.trig");
        Files.writeString(f, "<http://example.org/g> { <http://example.org/a> <http://example.org/b> 1 }\n"
                + "<http://example.org/c> <http://example.org/d> 2 .\n");
        Graph g = GraphFactory.createDefaultGraph();
        RdfFiles.parse(f, RdfFiles.into(g));
        assertEquals(2, g.size());
    }

    @Test
    void externalXmlEntityIsRefusedAndInternalOnesRead(@TempDir Path dir) throws IOException {
        String body = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://example.org/\">"
                + "<rdf:Description rdf:about=\"&ex;a\"><ex:b>&v;</ex:b></rdf:Description></rdf:RDF>";
        Path internal = dir.resolve("internal.rdf");
        Files.writeString(internal, "<!DOCTYPE rdf:RDF [<!ENTITY ex \"http://example.org/\"> <!ENTITY v \"value\">]>" + body);
        Graph g = GraphFactory.createDefaultGraph();
        RdfFiles.parse(internal, StreamRDFLib.graph(g));
        assertEquals(1, g.size());

        Path external = dir.resolve("external.rdf");
        Files.writeString(external, "<!DOCTYPE rdf:RDF [<!ENTITY ex \"http://example.org/\"> <!ENTITY v SYSTEM \"file:///etc/hostname\">]>" + body);
        var e = refused(external);
        assertTrue(e.getMessage().startsWith("external entity 'v'"), e.getMessage());
    }

    @Test
    void jsonLdTermsAndPrefixesMustBeDefined(@TempDir Path dir) throws IOException {
        Path term = dir.resolve("term.jsonld");
        Files.writeString(term, "{\"@id\": \"http://example.org/a\", \"name\": \"a\"}");
        assertTrue(refused(term).getMessage().startsWith("undefined term 'name'"));

        Path prefix = dir.resolve("prefix.jsonld");
        Files.writeString(prefix, "{\"@id\": \"http://example.org/a\", \"ex:name\": \"a\"}");
        assertTrue(refused(prefix).getMessage().startsWith("undefined prefix 'ex'"));

        Path ok = dir.resolve("ok.jsonld");
        Files.writeString(ok, "{\"@context\": {\"ex\": \"http://example.org/\"}, \"@id\": \"urn:example:a\", \"ex:name\": \"a\"}");
        Graph g = GraphFactory.createDefaultGraph();
        RdfFiles.parse(ok, StreamRDFLib.graph(g));
        assertEquals(1, g.size());
    }

    @Test
    void jsonSyntaxErrorIsLocated(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("broken.jsonld");
        Files.writeString(f, "{\n  \"@id\": \"http://example.org/a\",\n  \"http://example.org/b\": [1, 2\n");
        var e = refused(f);
        assertEquals("unexpected end of file", e.getMessage());
        assertEquals(4, e.line());
    }

    @Test
    void compressedFilesAreReadThroughTheirDecompressor(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("data.ttl.gz");
        try (var out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write("<http://example.org/a> <http://example.org/b> 1 .\n".getBytes(StandardCharsets.UTF_8));
        }
        Graph g = GraphFactory.createDefaultGraph();
        RdfFiles.parse(f, StreamRDFLib.graph(g));
        assertEquals(1, g.size());
    }

    @Test
    void bzip2FilesAreReadThroughTheirDecompressorAllStreamsOfThem(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("data.nt.bz2");
        try (var file = Files.newOutputStream(f)) {
            for (String s : new String[] {"a", "c"}) {
                // two bzip2 streams one after the other, as parallel compressors (pbzip2, lbzip2) write them
                var out = new org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream(
                        new java.io.FilterOutputStream(file) {
                            @Override
                            public void close() throws IOException {
                                flush();
                            }
                        });
                out.write(("<http://example.org/" + s + "> <http://example.org/b> \"1\" .\n").getBytes(StandardCharsets.UTF_8));
                out.close();
            }
        }
        Graph g = GraphFactory.createDefaultGraph();
        RdfFiles.parse(f, StreamRDFLib.graph(g));
        assertEquals(2, g.size());
    }

    @Test
    void aHugeTokenIsCutInTheMessage(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("long.ttl");
        Files.writeString(f, "<http://example.org/" + "a".repeat(1_000_000) + "\n");
        var e = refused(f);
        assertTrue(e.getMessage().length() < 300, () -> e.getMessage().length() + " characters");
    }

    @Test
    void aLargeFileArrivesInItsOrderOnTheCallingThreadAndItsErrorAfterTheTriplesBeforeIt(@TempDir Path dir)
            throws IOException {
        // many batches of the parsing thread; the last line is broken
        int n = 20_000;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append("<http://example.org/s").append(i).append("> <http://example.org/p> \"").append(i).append("\" .\n");
        }
        text.append("<http://example.org/s> <http://example.org/p> \"open .\n");
        Path f = dir.resolve("big.nt");
        Files.writeString(f, text);
        List<String> seen = new ArrayList<>();
        Thread caller = Thread.currentThread();
        var e = assertThrows(BadInputException.class, () -> RdfFiles.parse(f, new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                assertEquals(caller, Thread.currentThread());
                seen.add(t.getObject().getLiteralLexicalForm());
            }
        }));
        assertEquals(n + 1, e.line(), e.located());
        assertEquals(n, seen.size());
        for (int i = 0; i < n; i += 997) {
            assertEquals(String.valueOf(i), seen.get(i));
        }
    }

    @Test
    void aConsumerThatFailsStopsTheParsingThread(@TempDir Path dir) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            text.append("<http://example.org/s").append(i).append("> <http://example.org/p> \"x\" .\n");
        }
        Path f = dir.resolve("big.nt");
        Files.writeString(f, text);
        var e = assertThrows(IllegalStateException.class, () -> RdfFiles.parse(f, new StreamRDFBase() {
            private int count;

            @Override
            public void triple(Triple t) {
                if (++count == 5_000) {
                    throw new IllegalStateException("disk full");
                }
            }
        }));
        assertEquals("disk full", e.getMessage());
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("AsyncParser")),
                "a parsing thread is left running");
    }
}
