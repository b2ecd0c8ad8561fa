// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.w3id.nutrikg.cli.CliRun;
import org.w3id.nutrikg.cli.CliRun.Result;
import org.w3id.nutrikg.cli.ExitCodes;
import org.w3id.nutrikg.cli.Fixtures;

class SearchCommandTest {

    @Test
    void crampFindsMuscleCrampAndLegCrampWithTypesAndIris() {
        Result r = CliRun.run("search", "cramp");
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertEquals("", r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].matches("name +type +term"), lines[0]);
        assertTrue(lines[1].matches("muscle cramp \\(synonym: cramping\\) +symptom +nkr:MuscleCramp"), lines[1]);
        assertTrue(lines[2].matches("leg cramp +symptom +nkr:LegCramp"), lines[2]);
        assertTrue(lines[3].matches("calf cramp +symptom +nkr:CalfCramp"), lines[3]);
    }

    @Test
    void smallGraphGivesExactTable() {
        Result r = CliRun.run("--no-bundled", "--data", Fixtures.arg("describe/small-input.ttl"), "search", "Cramp");
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertEquals("name                              type         term\n"
                + "muscle cramp (synonym: cramping)  nkg:Symptom  nkr:MuscleCramp\n"
                + "leg cramp                         nkg:Symptom  nkr:LegCramp\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void tsvHasFullIris() {
        Result r = CliRun.run("--no-bundled", "--data", Fixtures.arg("describe/small-input.ttl"), "search", "leg", "--format", "tsv");
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertEquals("label\tmatched\ttypes\tiri\nleg cramp\tleg cramp\tnkg:Symptom\thttps://w3id.org/nutrikg/resource/LegCramp\n",
                r.out());
    }

    @Test
    void nothingFoundIsStillSuccess() {
        Result r = CliRun.run("--no-bundled", "--data", Fixtures.arg("describe/small-input.ttl"), "search", "zinc");
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertEquals("name  type  term\n", r.out());
    }

    @Test
    void emptyTextAndUnknownFormatAreUsageErrors() {
        Result empty = CliRun.run("search", " ");
        assertEquals(ExitCodes.USAGE, empty.exitCode(), empty.describe());
        assertEquals("nutrikg search: nothing to look for: give a word or a part of one\n", empty.err().replace("\r", ""));
        Result format = CliRun.run("search", "cramp", "--format", "xml");
        assertEquals(ExitCodes.USAGE, format.exitCode(), format.describe());
        assertEquals("nutrikg search: unknown format 'xml' for --format (expected: table, tsv)\n", format.err().replace("\r", ""));
    }

    @Test
    void brokenDataFileExits3() {
        Result r = CliRun.run("--no-bundled", "--data", Fixtures.arg("query/broken-input.ttl"), "search", "cramp");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.describe());
        assertTrue(r.err().startsWith("nutrikg search: "), r.err());
    }
}
