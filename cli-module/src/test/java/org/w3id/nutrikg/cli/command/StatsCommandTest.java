// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.w3id.nutrikg.cli.CliRun;
import org.w3id.nutrikg.cli.CliRun.Result;
import org.w3id.nutrikg.cli.ExitCodes;
import org.w3id.nutrikg.cli.Fixtures;

class StatsCommandTest {

    @Test
    void bundledGraphCountsEverything() {
        Result r = CliRun.run("stats");
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertEquals("", r.err());
        for (String part : new String[] {"Triples\n  asserted ", "\n  inferred ", "\nIndividuals per class (",
            "\nClaims\n", "\nMappings to external ontologies\n", "\n  HP ", "\nReference values\n",
            "reference intakes: RDA", "nutrient amounts in foods"}) {
            assertTrue(r.out().contains(part), part + " in\n" + r.out());
        }
    }

    @Test
    void withoutReasoningNothingIsInferred() {
        Result r = CliRun.run("--reasoning", "none", "stats");
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertTrue(r.out().matches("(?s).*\n  inferred +0\n.*"), r.out());
    }

    @Test
    void smallGraphGivesExactCounts() throws IOException {
        Result r = CliRun.run("--no-bundled", "--data", Fixtures.arg("describe/small-input.ttl"), "--reasoning", "none", "stats");
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertEquals(Files.readString(Fixtures.path("describe/stats-expected.txt")), r.out());
        assertEquals("", r.err());
    }

    @Test
    void missingDataFileExits3() {
        Result r = CliRun.run("--no-bundled", "--data", "no/such.ttl", "stats");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.describe());
        assertEquals("nutrikg stats: no/such.ttl: no such file or folder\n", r.err().replace("\r", ""));
    }

    @Test
    void unknownOptionIsAUsageError() {
        Result r = CliRun.run("stats", "--fromat", "json");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.describe());
        assertTrue(r.err().startsWith("nutrikg stats: unknown option"), r.err());
    }
}
