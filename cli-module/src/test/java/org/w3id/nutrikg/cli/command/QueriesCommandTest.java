// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.nutrikg.cli.CliRun;
import org.w3id.nutrikg.cli.CliRun.Result;
import org.w3id.nutrikg.cli.ExitCodes;

class QueriesCommandTest {

    @Test
    void listsEveryCompetencyQuestionWithItsDescriptionAndParameters() {
        Result r = CliRun.run("queries");
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertEquals("", r.err());
        List<String> names = r.out().lines().map(l -> l.split("\\s+")[0]).toList();
        assertTrue(names.containsAll(List.of("at-risk-groups", "cause-chains", "causes-of", "comparison-table",
                "cramp-relief", "deficiency-causes", "electrolytes", "food-sources", "symptoms-of")), r.out());
        assertEquals(names.stream().sorted().toList(), names, "sorted by name");
        String foodSources = r.out().lines().filter(l -> l.startsWith("food-sources ")).findFirst().orElseThrow();
        assertTrue(foodSources.contains("Foods that are sources of a nutrient"), foodSources);
        assertTrue(foodSources.endsWith("[--param nutrient=...]"), foodSources);
    }

    @Test
    void unknownOptionIsAUsageError() {
        Result r = CliRun.run("queries", "--bogus");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertEquals("nutrikg queries: unknown option: '--bogus'", r.err().strip());
        assertEquals("", r.out());
    }
}
