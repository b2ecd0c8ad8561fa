// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.nutrikg.model.graph.GraphSource;
import org.w3id.nutrikg.model.graph.GraphSources;
import org.w3id.nutrikg.model.graph.GraphSpec;
import org.w3id.nutrikg.model.graph.Reasoning;

import com.apicatalog.jsonld.document.JsonDocument;

/**
 * Two exports of the same input are the same bytes, in two Java processes: Jena labels blank nodes afresh on
 * every read (from a random seed), so an order that followed the labels changed from run to run.
 */
class JsonLdDeterminismTest {

    private static final String INPUT = "/export/blank-nodes-input.ttl";
    private static final String VOCAB_CONTEXT = "{\"@context\": {\"@vocab\": \"http://example.org/\", "
            + "\"rdfs\": \"http://www.w3.org/2000/01/rdf-schema#\", \"owl\": \"http://www.w3.org/2002/07/owl#\"}}";

    /** Child process: writes the input as JSON-LD into {@code args[0]}: sorted, streamed and through Titanium. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path input = dir.resolve("input.ttl");
        Graph g = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(g, input.toString(), Lang.TURTLE);
        try (OutputStream out = Files.newOutputStream(dir.resolve("sorted.jsonld"))) {
            JsonLdWriter.write(g, JsonLdWriter.defaultContext(), null, out);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("titanium.jsonld"))) {
            JsonLdWriter.write(g, JsonDocument.of(new StringReader(VOCAB_CONTEXT)), null, out);
        }
        try (GraphSource source = GraphSources.open(new GraphSpec(false, List.of(input), Reasoning.NONE));
                OutputStream out = Files.newOutputStream(dir.resolve("streamed.jsonld"))) {
            source.stream(false, JsonLdWriter.stream(JsonLdWriter.defaultContext(), out).orElseThrow());
        }
    }

    @Test
    void twoProcessesWriteTheSameBytes(@TempDir Path tmp) throws Exception {
        List<Path> runs = new ArrayList<>();
        for (String name : new String[] {"run1", "run2"}) {
            Path dir = Files.createDirectories(tmp.resolve(name));
            try (InputStream in = getClass().getResourceAsStream(INPUT)) {
                Files.copy(in, dir.resolve("input.ttl"));
            }
            Process p = child(dir).start();
            assertEquals(0, p.waitFor(), () -> output(dir));
            runs.add(dir);
        }
        Graph input = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(input, runs.get(0).resolve("input.ttl").toString(), Lang.TURTLE);
        for (String file : new String[] {"sorted.jsonld", "streamed.jsonld", "titanium.jsonld"}) {
            byte[] first = Files.readAllBytes(runs.get(0).resolve(file));
            byte[] second = Files.readAllBytes(runs.get(1).resolve(file));
            assertArrayEquals(first, second, file + " differs between two runs:\n" + new String(first) + "\n---\n"
                    + new String(second));
            Graph back = GraphFactory.createDefaultGraph();
            RDFDataMgr.read(back, runs.get(0).resolve(file).toString(), Lang.JSONLD);
            assertTrue(input.isIsomorphicWith(back), file + " reads back as the input");
        }
    }

    private static ProcessBuilder child(Path dir) {
        String cp = System.getProperty("surefire.test.class.path");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", cp == null || cp.isBlank() ? System.getProperty("java.class.path") : cp,
                JsonLdDeterminismTest.class.getName(), dir.toString());
        return new ProcessBuilder(cmd).redirectOutput(dir.resolve("child.out").toFile())
                .redirectError(dir.resolve("child.err").toFile());
    }

    private static String output(Path dir) {
        try {
            return Files.readString(dir.resolve("child.out")) + Files.readString(dir.resolve("child.err"));
        } catch (IOException e) {
            return e.toString();
        }
    }
}
