// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.option;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.w3id.nutrikg.cli.CliRun;
import org.w3id.nutrikg.cli.CliRun.Result;
import org.w3id.nutrikg.cli.Fixtures;
import org.w3id.nutrikg.model.io.ExportFormat;
import org.w3id.nutrikg.model.validate.Severity;

/** The enumerated options: help lists the model's names, the converters take them and their aliases. */
class ChoicesTest {

    private static final String DATA = Fixtures.path("query/foods-input.ttl").toString();

    @Test
    void helpListsEveryExportFormatFromTheEnum() {
        Result r = CliRun.run("export", "--help");
        assertEquals(0, r.exitCode(), r.describe());
        String formats = String.join(", ", Arrays.stream(ExportFormat.values()).map(ExportFormat::id).toList());
        assertTrue(r.out().replaceAll("\\s+", " ").contains(formats + " (default: turtle)"), r.describe());
    }

    @Test
    void helpListsEverySeverityFromTheEnum() {
        Result r = CliRun.run("validate", "--help");
        String severities = String.join(", ", Arrays.stream(Severity.values()).map(Severity::label).toList());
        assertTrue(r.out().replaceAll("\\s+", " ").contains(severities + " (default: error)"), r.describe());
    }

    @Test
    void aliasesAndUpperCaseAreAccepted() {
        Result r = CliRun.run("--no-bundled", "--data", DATA, "--reasoning", "RDFS", "export", "--format", "NT");
        assertEquals(0, r.exitCode(), r.describe());
        assertEquals("", r.err());
        assertTrue(r.out().contains("<https://w3id.org/nutrikg/"), r.describe());
    }

    @Test
    void unknownValueNamesTheOptionAndListsWhatHelpLists() {
        Result r = CliRun.run("search", "x", "--format", "csv");
        assertEquals(2, r.exitCode(), r.describe());
        assertEquals("nutrikg search: unknown format 'csv' for --format (expected: table, tsv)\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void paramIsConvertedBeforeTheCommandRuns() {
        Result r = CliRun.run("--no-bundled", "--data", DATA, "query", "food-sources", "--param", "nutrient=<a b>");
        assertEquals(2, r.exitCode(), r.describe());
        assertTrue(r.err().startsWith("nutrikg query: --param value '<a b>' is not an RDF term"), r.describe());
    }
}
