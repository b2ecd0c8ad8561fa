// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.nutrikg.cli.CliRun;
import org.w3id.nutrikg.cli.CliRun.Result;
import org.w3id.nutrikg.cli.ExitCodes;
import org.w3id.nutrikg.cli.Fixtures;

class TemplateCommandTest {

    @Test
    void csvBecomesSortedTurtle() throws IOException {
        Result r = CliRun.run("template", Fixtures.arg("template/foods-input.csv"));
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertEquals(Files.readString(Fixtures.path("template/foods-expected.ttl")), r.out());
        assertEquals("", r.err());
    }

    @Test
    void theReferenceFoodTableIsATemplateToo() {
        Result r = CliRun.run("template", Path.of("..", "data", "reference", "foods.csv").toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        Model m = RDFParser.fromString(r.out(), Lang.TURTLE).toModel();
        assertTrue(m.contains(m.createResource("https://w3id.org/nutrikg/resource/BeefLiverCookedPanFried"), null,
                m.createResource("https://w3id.org/nutrikg/ontology#AnimalProduct")));
    }

    @Test
    void outputIsWrittenAtomicallyAndAFailureKeepsTheOldFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("foods.ttl");
        Result ok = CliRun.run("template", Fixtures.arg("template/foods-input.csv"), "--output", target.toString());
        assertEquals(ExitCodes.OK, ok.exitCode(), ok.describe());
        assertEquals("", ok.out());
        assertEquals(Files.readString(Fixtures.path("template/foods-expected.ttl")), Files.readString(target));
        Files.writeString(target, "old", StandardCharsets.UTF_8);
        Result bad = CliRun.run("template", Fixtures.arg("template/bad-amount.csv"), "--output", target.toString());
        assertEquals(ExitCodes.BAD_INPUT, bad.exitCode(), bad.describe());
        assertEquals("old", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void badValueNamesRowAndColumnAndExits3() {
        String file = Fixtures.arg("template/bad-amount.csv");
        Result r = CliRun.run("template", file);
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.describe());
        assertEquals("nutrikg template: " + file + ":3:3: '8.3-24' is not a valid xsd:decimal "
                + "(column 'nkg:amount^^xsd:decimal')\n", r.err().replace("\r", ""));
        assertEquals("", r.out());
    }

    @Test
    void mistypedTermIsNamed(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("t.csv");
        Files.writeString(csv, "ID,TYPE,nkg:foodSorceOf\nnkr:X,nkg:Food,nkr:Magnesium\n");
        Result r = CliRun.run("template", csv.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.describe());
        assertEquals("nutrikg template: " + csv + ":1:3: 'nkg:foodSorceOf' is not a term of the NutriKG ontology "
                + "(did you mean 'nkg:foodSourceOf'?)\n", r.err().replace("\r", ""));
    }

    @Test
    void missingFileAndWrongExtensionExit3(@TempDir Path dir) throws IOException {
        Result missing = CliRun.run("template", "no/such.csv");
        assertEquals(ExitCodes.BAD_INPUT, missing.exitCode(), missing.describe());
        assertEquals("nutrikg template: no/such.csv: no such file\n", missing.err().replace("\r", ""));
        Path xlsx = dir.resolve("t.xlsx");
        Files.writeString(xlsx, "ID\n");
        Result ext = CliRun.run("template", xlsx.toString());
        assertEquals(ExitCodes.BAD_INPUT, ext.exitCode(), ext.describe());
        assertTrue(ext.err().endsWith("t.xlsx: unknown table syntax for this file extension (expected .csv or .tsv)\n"),
                ext.err());
    }

    @Test
    void missingArgumentIsAUsageError() {
        Result r = CliRun.run("template");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.describe());
        assertTrue(r.err().startsWith("nutrikg template: missing required parameter"), r.err());
    }
}
