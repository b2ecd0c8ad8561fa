// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.nutrikg.cli.CliRun;
import org.w3id.nutrikg.cli.CliRun.Result;
import org.w3id.nutrikg.cli.ExitCodes;
import org.w3id.nutrikg.cli.Fixtures;

class ValidateCommandTest {

    private static final String NKR = "https://w3id.org/nutrikg/resource/";

    /** The example extension of data/examples/, from the repository root (tests run in cli-module/). */
    static String example() {
        return Path.of("..", "data", "examples", "vitamin-b6-food-sources.ttl").toString();
    }

    @Test
    void bundledGraphValidatesClean() {
        Result r = CliRun.run("validate");
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertTrue(r.out().matches("(?s).*\\n?0 errors, \\d+ warnings?, 0 infos \\(\\d+ files checked\\)\n"), r.describe());
        assertEquals("", r.err());
    }

    @Test
    void bundledGraphHasNoWarningOrInfoEither() {
        Result r = CliRun.run("validate", "--format", "json", "--fail-on", "info");
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertEquals(0, JSON.parseAny(r.out()).getAsArray().size(), r.out());
    }

    @Test
    void exampleExtensionValidatesClean() {
        Result r = CliRun.run("validate", example());
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertTrue(r.out().contains("0 errors, "), r.describe());
        assertEquals("", r.err());
        // not even an info in the example itself
        Result json = CliRun.run("validate", "--format", "json", example());
        assertFalse(json.out().contains("vitamin-b6-food-sources.ttl"), json.out());
    }

    /**
     * One broken file per kind of mistake: the finding it must give (file line, the triple or node, and the rule),
     * and the exit code.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            property-typo.ttl          | 1 | line 17: nkr:ChickpeasCanned nkg:foodSourceof nkr:VitaminB6                     | checks/term-not-declared
            food-points-at-symptom.ttl | 1 | line 17: nkr:ChickpeasCanned nkg:foodSourceOf nkr:MuscleCramp                   | nks:FoodSourceOfShape
            food-points-at-symptom.ttl | 1 | line 17: nkr:MuscleCramp                                                        | nks:DisjointClassesRule
            label-missing.ttl          | 1 | line 14: nkr:ExampleFood rdfs:label                                             | checks/label-missing
            broken-line.ttl            | 3 | line 16: syntax error                                                           | nks:RdfSyntaxRule
            claim-without-quote.ttl    | 1 | line 19: nkr:Claim-ChickpeasCanned-foodSourceOf-VitaminB6 nkg:evidenceQuote      | checks/claim-quote-empty
            disjoint-types.ttl         | 1 | line 15: nkr:ChickpeasCanned                                                    | nks:DisjointClassesRule
            claim-triple-missing.ttl   | 1 | line 24: nkr:Claim-ChickpeasCanned-foodSourceOf-VitaminB6 nkg:object nkr:VitaminB6 | nks:ClaimShape
            amount-not-decimal.ttl     | 1 | line 25: nkr:NutrientContent-ChickpeasCanned-VitaminB6 nkg:amount "1.1"           | nks:DatatypeRangeRule
            amount-not-decimal.ttl     | 1 | line 19: nkr:NutrientContent-ChickpeasCanned-VitaminB6 nkg:unit                   | nks:AmountUnitShape
            relative-iri.ttl           | 1 | ChickpeasCanned>                                                                | checks/iri-outside-namespaces
            reference-dangling.ttl     | 1 | line 18: nkr:ChickpeasCanned nkg:foodSourceOf nkr:VitaminB06                    | checks/reference-dangling
            deficiency-without-nutrient.ttl | 1 | line 14: nkr:VitaminB6Deficiency nkg:deficiencyOf                          | nks:NutrientDeficiencyShape
            class-typo.ttl             | 1 | line 15: nkr:ChickpeasCanned rdf:type nkg:Legume                                | checks/term-not-declared
            mapping-unknown-prefix.ttl | 0 | line 18: nkr:ChickpeasCanned skos:closeMatch <http://www.wikidata.org/entity/Q2439> | checks/mapping-unknown-prefix
            """)
    void eachKindOfMistakeGivesItsFinding(String file, int exitCode, String where, String rule) {
        String path = Fixtures.arg("validate/" + file);
        Result r = CliRun.run("validate", path);
        assertEquals(exitCode, r.exitCode(), r.describe());
        assertTrue(r.out().startsWith(path + "\n"), "findings are grouped under the file's name\n" + r.describe());
        String[] lines = r.out().split("\n");
        boolean found = false;
        for (int i = 0; i + 1 < lines.length; i++) {
            if (lines[i].startsWith("    ") && lines[i].contains(where) && lines[i + 1].endsWith("[" + rule + "]")) {
                found = true;
            }
        }
        assertTrue(found, "expected '" + where + "' found by " + rule + "\n" + r.describe());
        if (exitCode == ExitCodes.OK) {
            assertEquals("", r.err());
        } else if (exitCode == ExitCodes.BAD_INPUT) {
            assertTrue(r.err().startsWith("nutrikg validate: a file does not parse: " + path + ":16 ("), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
        } else {
            assertTrue(r.err().matches("nutrikg validate: \\d+ errors?, \\d+ warnings?, \\d+ infos? \\(--fail-on error\\)\n"),
                    r.err());
        }
    }

    @Test
    void textReportGroupsByFileThenSeverityAndEndsWithTheCounts() {
        String path = Fixtures.arg("validate/reference-dangling.ttl");
        Result r = CliRun.run("validate", path);
        String expected = path + "\n"
                + "  1 error\n"
                + "    line 18: nkr:ChickpeasCanned nkg:foodSourceOf nkr:VitaminB06\n"
                + "      the triple points at an nkr: individual that has no type and no label anywhere, most often a "
                + "misspelling; correct the spelling of the individual (see 'nutrikg search'), or describe it with a "
                + "type and a label [checks/reference-dangling]\n"
                + "  1 warning\n"
                + "    line 18: nkr:ChickpeasCanned nkg:foodSourceOf nkr:VitaminB06\n";
        assertTrue(r.out().startsWith(expected), r.describe());
        assertTrue(r.out().contains(path + "\n  1 error\n"), r.describe());
        assertTrue(r.out().matches("(?s).*\n\n1 error, \\d+ warnings?, 0 infos \\(\\d+ files checked\\)\n"), r.describe());
    }

    @Test
    void syntaxErrorIsReportedAndTheOtherFilesAreStillChecked() {
        String broken = Fixtures.arg("validate/broken-line.ttl");
        String typo = Fixtures.arg("validate/property-typo.ttl");
        Result r = CliRun.run("validate", broken, typo);
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.describe());
        assertTrue(r.out().contains(broken + "\n  1 error\n    line 16: syntax error\n"), r.out());
        assertTrue(r.out().contains(typo + "\n  1 error\n    line 17: nkr:ChickpeasCanned nkg:foodSourceof"), r.out());
        assertTrue(r.out().matches("(?s).*\n2 errors, \\d+ warnings?, 0 infos .*"), r.out());
        assertTrue(r.err().matches("nutrikg validate: a file does not parse: " + Pattern.quote(broken)
                + ":16 \\(2 errors, \\d+ warnings?, 0 infos\\)\n"), r.err());
    }

    @Test
    void failOnDecidesWhichSeverityFails() {
        String path = Fixtures.arg("validate/mapping-unknown-prefix.ttl");
        Result byDefault = CliRun.run("validate", path);
        assertEquals(ExitCodes.OK, byDefault.exitCode(), byDefault.describe());
        assertEquals("", byDefault.err());

        Result onWarning = CliRun.run("validate", "--fail-on", "warning", path);
        assertEquals(ExitCodes.VIOLATIONS, onWarning.exitCode(), onWarning.describe());
        assertEquals(byDefault.out(), onWarning.out());
        // the bundled graph has no warning: the one counted is the file's
        assertEquals("nutrikg validate: 0 errors, 1 warning, 0 infos (--fail-on warning)\n", onWarning.err());
    }

    @Test
    void jsonIsAnArrayOfFindingsWithStableKeys() {
        String path = Fixtures.arg("validate/property-typo.ttl");
        Result r = CliRun.run("validate", "--format", "json", path);
        assertEquals(ExitCodes.VIOLATIONS, r.exitCode(), r.describe());
        List<JsonObject> mine = inFile(JSON.parseAny(r.out()).getAsArray(), path);
        assertEquals(1, mine.size(), r.out());
        JsonObject f = mine.get(0);
        assertEquals(List.of("severity", "file", "line", "column", "focus", "path", "value", "message",
                "kind", "rule"), java.util.List.copyOf(f.keys()));
        assertEquals("error", f.getString("severity"));
        assertEquals(path, f.getString("file"));
        assertEquals(17, f.get("line").getAsNumber().value().intValue());
        assertEquals(NKR + "ChickpeasCanned", f.getString("focus"));
        assertEquals("https://w3id.org/nutrikg/ontology#foodSourceof", f.getString("path"));
        assertEquals(NKR + "VitaminB6", f.getString("value"));
        assertEquals("check", f.getString("kind"));
        assertEquals("checks/term-not-declared", f.getString("rule"));
    }

    private static List<JsonObject> inFile(JsonArray findings, String file) {
        List<JsonObject> out = new java.util.ArrayList<>();
        for (var v : findings) {
            if (file.equals(v.getAsObject().getString("file"))) {
                out.add(v.getAsObject());
            }
        }
        return out;
    }

    @Test
    void turtleIsAShaclValidationReport() {
        String path = Fixtures.arg("validate/food-points-at-symptom.ttl");
        Result r = CliRun.run("validate", "--format", "turtle", path);
        assertEquals(ExitCodes.VIOLATIONS, r.exitCode(), r.describe());
        Graph g = RDFParser.fromString(r.out(), Lang.TURTLE).toGraph();
        ValidationReport report = ValidationReport.fromGraph(g);
        assertFalse(report.conforms());
        Node cramp = NodeFactory.createURI(NKR + "MuscleCramp");
        Node chickpeas = NodeFactory.createURI(NKR + "ChickpeasCanned");
        // two errors and the missing claim; the rest are the bundled graph's known warnings
        assertEquals(3, report.getEntries().stream().map(ReportEntry::focusNode)
                .filter(n -> n.equals(cramp) || n.equals(chickpeas)).count(), r.out());
        assertTrue(report.getEntries().stream().map(ReportEntry::focusNode).anyMatch(cramp::equals), r.out());
        assertTrue(report.getEntries().stream().map(ReportEntry::focusNode).anyMatch(chickpeas::equals), r.out());
        assertTrue(r.out().contains("nks:line") && r.out().contains("17"), r.out());
    }

    @Test
    void outputGoesToTheFileAndStdoutStaysEmpty(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("report.json");
        Result r = CliRun.run("validate", "--format", "json", "--output", out.toString(),
                Fixtures.arg("validate/label-missing.ttl"));
        assertEquals(ExitCodes.VIOLATIONS, r.exitCode(), r.describe());
        assertEquals("", r.out());
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains("checks/label-missing"));
    }

    @Test
    void noBundledChecksOnlyTheGivenFiles() {
        Result r = CliRun.run("--no-bundled", "validate", example());
        assertTrue(r.out().endsWith("(1 file checked)\n"), r.describe());
        // without the ontology, the example's terms are undeclared
        assertEquals(ExitCodes.VIOLATIONS, r.exitCode(), r.describe());
        assertTrue(r.out().contains("[checks/term-not-declared]"), r.out());
    }

    @Test
    void unknownFormatIsAUsageError() {
        Result r = CliRun.run("validate", "--format", "yaml");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.describe());
        assertEquals("", r.out());
        assertEquals("nutrikg validate: unknown format 'yaml' for --format (expected: text, turtle, json)\n", r.err());
    }

    @Test
    void unknownSeverityIsAUsageError() {
        Result r = CliRun.run("validate", "--fail-on", "fatal");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.describe());
        assertEquals("nutrikg validate: unknown severity 'fatal' for --fail-on (expected: error, warning, info)\n",
                r.err());
    }

    @Test
    void missingFileIsBadInput() {
        Result r = CliRun.run("validate", "no-such-file.ttl");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.describe());
        assertEquals("", r.out());
        assertEquals("nutrikg validate: no-such-file.ttl: no such file or folder\n", r.err());
    }

    @Test
    void unwritableOutputIsAFailedWork(@TempDir Path dir) {
        Path out = dir.resolve("missing-folder").resolve("report.txt");
        Result r = CliRun.run("validate", "--output", out.toString());
        assertEquals(ExitCodes.FAILED, r.exitCode(), r.describe());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("nutrikg validate: cannot write '" + out + "': folder"), r.err());
    }

}
