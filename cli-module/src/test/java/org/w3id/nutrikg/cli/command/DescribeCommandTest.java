// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.w3id.nutrikg.cli.CliRun;
import org.w3id.nutrikg.cli.CliRun.Result;
import org.w3id.nutrikg.cli.ExitCodes;
import org.w3id.nutrikg.cli.Fixtures;

import com.github.jsonldjava.core.JsonLdOptions;
import com.github.jsonldjava.core.JsonLdProcessor;
import com.github.jsonldjava.utils.JsonUtils;

class DescribeCommandTest {

    private static final String SMALL = Fixtures.arg("describe/small-input.ttl");

    private static Model parse(String text, Lang lang) {
        return RDFParser.fromString(text, lang).toModel();
    }

    private static void assertIsomorphic(Model expected, Model actual) {
        if (!expected.isIsomorphicWith(actual)) {
            ByteArrayOutputStream a = new ByteArrayOutputStream();
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            RDFDataMgr.write(a, expected, Lang.NTRIPLES);
            RDFDataMgr.write(b, actual, Lang.NTRIPLES);
            assertEquals(a.toString(StandardCharsets.UTF_8), b.toString(StandardCharsets.UTF_8), "graphs differ");
        }
    }

    /** Reads JSON-LD with jsonld-java, an implementation independent of Jena and Titanium. */
    private static Model readWithJsonLdJava(String json) throws IOException {
        Object doc = JsonUtils.fromReader(new StringReader(json));
        JsonLdOptions options = new JsonLdOptions();
        options.format = "application/n-quads";
        String nquads = (String) JsonLdProcessor.toRDF(doc, options);
        return parse(nquads, Lang.NQUADS);
    }

    @Test
    void cobalaminShowsVitaminB12WithEverythingTheGraphSays() {
        Result r = CliRun.run("describe", "cobalamin");
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertEquals("", r.err());
        String out = r.out();
        assertTrue(out.startsWith("vitamin B12 (nkr:VitaminB12)\nType: vitamin\nAlso called: B12, cobalamin\n"), out);
        for (String heading : new String[] {"\nFood sources\n  dairy\n", "\nSupports\n", "\nDeficiency\n  vitamin B12 deficiency\n",
            "\nSymptoms (of vitamin B12 deficiency)\n", "\nReference intakes\n", "\nExternal identifiers\n  CHEBI:176843 (exact match)\n",
            "\nEvidence\n  \u201c"}) {
            assertTrue(out.contains(heading), heading + " in\n" + out);
        }
        assertTrue(out.indexOf("\nEvidence\n") > out.indexOf("\nExternal identifiers\n"));
    }

    @Test
    void smallGraphGivesExactText() throws IOException {
        Result r = CliRun.run("--no-bundled", "--data", SMALL, "describe", "CRAMPING");
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertEquals(Files.readString(Fixtures.path("describe/muscle-cramp-expected.txt")), r.out());
        assertEquals("", r.err());
    }

    @Test
    void turtleAndJsonLdGiveTheSameConciseBoundedDescription() throws IOException {
        String term = "nkr:Content-NutritionalYeastFortifiedSeveralBrands-VitaminB12";
        Result ttl = CliRun.run("describe", term, "--format", "turtle");
        Result jsonld = CliRun.run("describe", term, "--format", "jsonld");
        assertEquals(ExitCodes.OK, ttl.exitCode(), ttl.describe());
        assertEquals(ExitCodes.OK, jsonld.exitCode(), jsonld.describe());
        assertEquals("", jsonld.err());
        Model expected = parse(ttl.out(), Lang.TURTLE);
        assertTrue(jsonld.out().contains("\"minAmount\": \"8.3\""), jsonld.out());
        assertIsomorphic(expected, readWithJsonLdJava(jsonld.out()));
        assertTrue(expected.contains(null, expected.createProperty("https://w3id.org/nutrikg/ontology#maxAmount"),
                expected.createTypedLiteral(new java.math.BigDecimal("24"))));
    }

    @Test
    void jsonLdOfATermCarriesItsMappings() throws IOException {
        Result jsonld = CliRun.run("describe", "leg cramp", "--format", "jsonld");
        assertEquals(ExitCodes.OK, jsonld.exitCode(), jsonld.describe());
        Model m = readWithJsonLdJava(jsonld.out());
        assertTrue(m.contains(m.createResource("https://w3id.org/nutrikg/resource/LegCramp"), SKOS.closeMatch,
                m.createResource("http://purl.obolibrary.org/obo/HP_0003394")));
        assertIsomorphic(parse(CliRun.run("describe", "leg cramp", "--format", "ttl").out(), Lang.TURTLE), m);
    }

    @Test
    void ambiguousNameListsTheCandidatesAndExits3() {
        Result r = CliRun.run("--data", "src/test/resources/cli/describe/shared-name-input.ttl", "describe", "magnesium");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.describe());
        assertEquals("nutrikg describe: 'magnesium' names 2 terms: <https://example.org/MagnesiumSupplement> (magnesium), "
                + "nkr:Magnesium (magnesium) (give one of these CURIEs)\n",
                r.err().replace("\r", ""));
        assertEquals("", r.out());
    }

    @Test
    void unknownNameSuggestsAndExits3() {
        Result r = CliRun.run("describe", "cobalamine");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.describe());
        assertEquals("nutrikg describe: no term in the bundled graph has the label or synonym 'cobalamine' "
                + "(did you mean 'cobalamin'?)\n", r.err().replace("\r", ""));
    }

    @Test
    void unknownFormatIsAUsageError() {
        Result r = CliRun.run("describe", "cobalamin", "--format", "yaml");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.describe());
        assertTrue(r.err().startsWith("nutrikg describe: unknown format 'yaml' for --format (expected: text, turtle, jsonld"),
                r.err());
    }

    @Test
    void missingDataFileExits3() {
        Result r = CliRun.run("--no-bundled", "--data", "no/such.ttl", "describe", "cobalamin");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.describe());
        assertEquals("nutrikg describe: no/such.ttl: no such file or folder\n", r.err().replace("\r", ""));
    }

    @Test
    void outputFileIsWrittenWhole(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        java.nio.file.Path target = dir.resolve("b12.txt");
        Result r = CliRun.run("--no-bundled", "--data", SMALL, "describe", "muscle cramp", "--output", target.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertEquals("", r.out());
        assertEquals(Files.readString(Fixtures.path("describe/muscle-cramp-expected.txt")), Files.readString(target));
    }
}
