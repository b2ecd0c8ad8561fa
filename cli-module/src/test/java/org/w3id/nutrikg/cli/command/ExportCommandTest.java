// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.nutrikg.cli.CliRun.Result;
import org.w3id.nutrikg.cli.CliRun;
import org.w3id.nutrikg.cli.ExitCodes;
import org.w3id.nutrikg.cli.Fixtures;
import org.w3id.nutrikg.model.graph.GraphSpec;
import org.w3id.nutrikg.model.graph.Graphs;
import org.w3id.nutrikg.model.graph.Reasoning;
import org.w3id.nutrikg.model.io.ExportFormat;
import org.w3id.nutrikg.model.vocab.NKG;
import org.w3id.nutrikg.model.vocab.NKR;

import com.github.jsonldjava.core.JsonLdOptions;
import com.github.jsonldjava.core.JsonLdProcessor;
import com.github.jsonldjava.utils.JsonUtils;

class ExportCommandTest {

    private static Model bundled;

    @BeforeAll
    static void loadBundled() {
        bundled = Graphs.load(GraphSpec.bundledGraph().withReasoning(Reasoning.NONE)).model(false);
    }

    private static Model parse(String text, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(text, lang).parse(m);
        return m;
    }

    private static void assertIsomorphic(Model expected, Model actual, String what) {
        if (!expected.isIsomorphicWith(actual)) {
            Model missing = expected.difference(actual);
            Model extra = actual.difference(expected);
            throw new AssertionError(what + ": not isomorphic; " + missing.size() + " triples missing, e.g. "
                    + missing.listStatements().toList().stream().limit(3).toList() + "; " + extra.size()
                    + " extra, e.g. " + extra.listStatements().toList().stream().limit(3).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void everyFormatReadsBackToTheSameGraph(ExportFormat format) {
        Result r = CliRun.run("export", "--format", format.id());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertEquals("", r.err());
        assertIsomorphic(bundled, parse(r.out(), format.lang()), format.id());
    }

    @Test
    void jsonLdIsCompactedWithTheInlineContextAndReadsBackInAnotherImplementation() throws Exception {
        Result r = CliRun.run("export", "--format", "jsonld");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("\"@context\": {") || r.out().contains("\"@context\":{"),
                "the context is embedded, not referenced");
        assertTrue(r.out().contains("\"foodSourceOf\""), "keys read as short names");
        assertTrue(r.out().contains("\"nkr:Potassium\""), "IRIs read as CURIEs");

        // jsonld-java is an implementation independent of Jena and Titanium
        Object json = JsonUtils.fromString(r.out());
        JsonLdOptions options = new JsonLdOptions();
        options.format = "application/n-quads";
        String nquads = (String) JsonLdProcessor.toRDF(json, options);
        assertIsomorphic(bundled, parse(nquads, Lang.NQUADS), "jsonld-java reading");
    }

    @Test
    void jsonLdFromFilesIsWrittenAsItIsReadAndReadsBackInAnotherImplementation(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("kale.ttl");
        Files.writeString(data, """
                @prefix nkg: <https://w3id.org/nutrikg/ontology#> .
                @prefix nkr: <https://w3id.org/nutrikg/resource/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                nkr:Kale a nkg:Food ; rdfs:label "kale"@en, "Grünkohl"@de .
                nkr:Kale-Potassium a nkg:NutrientContent ; nkg:food nkr:Kale ; nkg:amount "296"^^xsd:decimal ;
                    nkg:unit <http://qudt.org/vocab/unit/MilliGM> ; nkg:servingSize [ rdfs:label "1 cup"@en ] .
                nkr:Kale nkg:hasComponent ( nkr:Potassium nkr:Magnesium ) .
                """);
        Result r = CliRun.run("--no-bundled", "--reasoning", "none", "--data", data.toString(), "export", "--format",
                "jsonld");
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertEquals("", r.err());
        assertTrue(r.out().contains("\"amount\": \"296\""), r.out());
        assertEquals(2, r.out().split("\"id\": \"nkr:Kale\"", -1).length - 1,
                "written as read: the subject that comes back at the end has a second node object");
        Object json = JsonUtils.fromString(r.out());
        JsonLdOptions options = new JsonLdOptions();
        options.format = "application/n-quads";
        Model expected = ModelFactory.createDefaultModel();
        RDFParser.source(data).parse(expected);
        assertIsomorphic(expected, parse((String) JsonLdProcessor.toRDF(json, options), Lang.NQUADS),
                "jsonld-java reading the streamed JSON-LD");
    }

    @Test
    void inferredAddsEntailmentsOnlyWhenAsked() {
        Result plain = CliRun.run("export");
        Result inferred = CliRun.run("export", "--inferred");
        assertEquals(ExitCodes.OK, inferred.exitCode(), inferred.err());
        Model asserted = parse(plain.out(), Lang.TURTLE);
        Model withInferred = parse(inferred.out(), Lang.TURTLE);
        var inverse = withInferred.createStatement(NKR.Potassium, withInferred.createProperty(NKG.NS + "hasFoodSource"),
                withInferred.createResource(NKR.NS + "Bananas"));
        assertFalse(asserted.contains(inverse), "the inverse is not asserted");
        assertTrue(withInferred.contains(inverse), "OWL reasoning adds the inverse");
        bundled.listStatements().forEach(st -> {
            if (!st.getSubject().isAnon() && !st.getObject().isAnon()) {
                assertTrue(withInferred.contains(st), () -> "inferred export includes every asserted triple: " + st);
            }
        });
    }

    @Test
    void frameGivesOneTreePerElectrolyte() {
        Result r = CliRun.run("export", "--format", "jsonld", "--frame", Fixtures.arg("export/per-nutrient-frame.jsonld"));
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("\"@graph\""), r.out());
        assertTrue(r.out().contains("\"nkr:Potassium\""), r.out());
        assertTrue(r.out().contains("\"hasFoodSource\""), r.out());
    }

    @Test
    void writesAtomicallyToOutput(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("graph.nt");
        Result r = CliRun.run("export", "--format", "nt", "--output", target.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertEquals("", r.out());
        assertIsomorphic(bundled, parse(Files.readString(target), Lang.NTRIPLES), "file");
    }

    @Test
    void unknownFormatIsAUsageError() {
        Result r = CliRun.run("export", "--format", "yaml");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertEquals("nutrikg export: unknown format 'yaml' for --format (expected: turtle, jsonld, ntriples, "
                + "nquads, trig, rdfxml)", r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void contextWithoutJsonLdIsAUsageError() {
        Result r = CliRun.run("export", "--context", Fixtures.arg("export/per-nutrient-frame.jsonld"));
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().contains("--context applies to --format jsonld only"), r.err());
    }

    @Test
    void missingContextFileIsBadInput() {
        Result r = CliRun.run("export", "--format", "jsonld", "--context", "no/such/context.jsonld");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals("nutrikg export: no/such/context.jsonld: no such file", r.err().strip());
    }

    @Test
    void remoteContextIsNeverFetched() {
        Result r = CliRun.run("export", "--format", "jsonld", "--context", Fixtures.arg("export/remote-context.jsonld"));
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.describe());
        assertTrue(r.err().contains("not fetched") && r.err().contains("https://example.org/remote-context.jsonld"),
                r.err());
        assertEquals("", r.out());
    }

    @Test
    void missingOutputFolderFailsWithoutWriting(@TempDir Path dir) {
        Path target = dir.resolve("missing/graph.ttl");
        Result r = CliRun.run("export", "--output", target.toString());
        assertEquals(ExitCodes.FAILED, r.exitCode());
        assertTrue(r.err().contains("does not exist"), r.err());
        assertFalse(Files.exists(target.getParent()));
    }

    /** What the JSON-LD export logs at INFO: which writer ran, and why. */
    private static java.util.List<String> jsonLdLog(String... args) {
        ch.qos.logback.classic.Logger export = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger("org.w3id.nutrikg.model");
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> events =
                new ch.qos.logback.core.read.ListAppender<>();
        events.start();
        export.addAppender(events);
        try {
            Result r = CliRun.run(args);
            assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        } finally {
            export.detachAppender(events);
        }
        return events.list.stream().map(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void verboseSaysWhichJsonLdWriterRanAndWhy(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("kale.ttl");
        Files.writeString(data, "<https://w3id.org/nutrikg/resource/Kale> a <https://w3id.org/nutrikg/ontology#Food> .\n");
        Path vocab = dir.resolve("vocab.jsonld");
        Files.writeString(vocab, "{\"@context\": {\"@vocab\": \"https://w3id.org/nutrikg/ontology#\"}}");
        Path out = dir.resolve("out.jsonld");
        String[] files = {"--no-bundled", "--reasoning", "none", "--data", data.toString()};
        String streamed = String.join("\n", jsonLdLog(join(new String[] {"-v"}, files,
                "export", "--format", "jsonld", "--output", out.toString())));
        assertTrue(streamed.contains("streamed writer"), streamed);
        String sorted = String.join("\n", jsonLdLog("-v", "export", "--format", "jsonld", "--output", out.toString()));
        assertTrue(sorted.contains("is in memory") && sorted.contains("sorted writer"), sorted);
        String titanium = String.join("\n", jsonLdLog(join(new String[] {"-v"}, files,
                "export", "--format", "jsonld", "--context", vocab.toString(), "--output", out.toString())));
        assertTrue(titanium.contains("Titanium's compaction algorithm") && titanium.contains("it has '@vocab'"),
                titanium);
        assertEquals(java.util.List.of(), jsonLdLog(join(new String[0], files,
                "export", "--format", "jsonld", "--context", vocab.toString(), "--output", out.toString())),
                "nothing without -v");
    }

    private static String[] join(String[] first, String[] second, String... rest) {
        return java.util.stream.Stream.of(first, second, rest).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }

    @Test
    void anIriConfusedWithAPrefixOfTheContextIsBadInput(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("cites.ttl");
        Files.writeString(data, "<http://example.org/paper> <http://example.org/cites> <doi:10.1000/x> .\n");
        Path context = dir.resolve("doi.jsonld");
        Files.writeString(context, "{\"@context\": {\"doi\": \"https://doi.org/\"}}");
        Path out = dir.resolve("out.jsonld");
        Result r = CliRun.run("--no-bundled", "--reasoning", "none", "--data", data.toString(), "export", "--format",
                "jsonld", "--context", context.toString(), "--output", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.describe());
        assertEquals("nutrikg export: JSON-LD context: the IRI 'doi:10.1000/x' would read back as a compact IRI "
                + "with the context's prefix 'doi' (JSON-LD: IRI confused with prefix): rename or remove that prefix\n",
                r.err());
        assertFalse(Files.exists(out), "no partial file");
    }
}
