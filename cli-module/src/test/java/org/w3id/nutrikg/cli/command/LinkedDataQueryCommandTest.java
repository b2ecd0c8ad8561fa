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

/** The linked-data named queries through the command line, as the README shows them. */
class LinkedDataQueryCommandTest {

    @Test
    void richFoodsOfMagnesiumGivesFoodsWithAmountsAndUnits() throws IOException {
        Result r = CliRun.run("query", "rich-foods", "--param", "nutrient=nkr:Magnesium", "--param", "min_percent_dv=20",
                "--format", "csv");
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertEquals(Files.readString(Fixtures.path("query/rich-foods-magnesium-20-expected.csv")).replace("\r\n", "\n"),
                r.out().replace("\r\n", "\n"));
        assertEquals("", r.err());
    }

    @Test
    void richFoodsTableShowsUnitsAsCuries() {
        Result r = CliRun.run("query", "rich-foods", "--param", "nutrient=nkr:Magnesium", "--param", "min_percent_dv=20");
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertTrue(r.out().contains("| nkr:HalibutCooked        | halibut, cooked          | 3 ounces | 90     | unit:MilliGM | 20"),
                r.out());
    }

    @Test
    void externalIdsGivesCuries() {
        Result r = CliRun.run("query", "external-ids", "--param", "term=nkr:LegCramp", "--format", "tsv");
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertEquals("?term\t?termLabel\t?match\t?curie\t?ontology\t?iri\n"
                + "<https://w3id.org/nutrikg/resource/LegCramp>\t\"leg cramp\"@en\t\"close\"\t\"HP:0003394\"\t\"HP\"\t"
                + "<http://purl.obolibrary.org/obo/HP_0003394>\n", r.out());
    }

    @Test
    void unknownParameterOfRichFoodsIsAUsageError() {
        Result r = CliRun.run("query", "rich-foods", "--param", "min_percent=20");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.describe());
        assertTrue(r.err().contains("unknown parameter 'min_percent' for query 'rich-foods' (expected: min_percent_dv, nutrient)"),
                r.err());
    }
}
