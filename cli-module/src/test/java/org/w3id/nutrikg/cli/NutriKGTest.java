// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3id.nutrikg.cli.CliRun.Result;
import org.w3id.nutrikg.cli.command.QueryCommand;

import picocli.CommandLine;

/** The top command: version, help, unknown and missing commands, global options in either place. */
class NutriKGTest {

    @Test
    void versionNamesNutriKGAndJena() {
        Result r = CliRun.run("--version");
        assertEquals(ExitCodes.OK, r.exitCode());
        assertTrue(r.out().startsWith("nutrikg "), r.out());
        assertTrue(r.out().contains("Apache Jena 5.6.0"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void helpListsCommandsAndExitCodes() {
        Result r = CliRun.run("--help");
        assertEquals(ExitCodes.OK, r.exitCode());
        for (String word : new String[] {"query", "queries", "export", "--data", "--reasoning", "Exit codes:",
            "3   bad input"}) {
            assertTrue(r.out().contains(word), word + " in\n" + r.out());
        }
    }

    @Test
    void unknownCommandIsAUsageErrorWithASuggestion() {
        Result r = CliRun.run("qurey");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().startsWith("nutrikg: unknown command 'qurey' (did you mean"), r.err());
        assertTrue(r.err().contains("'query'"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void noCommandIsAUsageError() {
        Result r = CliRun.run();
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertEquals("nutrikg: missing command (see 'nutrikg --help')", r.err().strip());
    }

    @Test
    void globalOptionsWorkBeforeAndAfterTheCommand() {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { nkr:Potassium nkg:hasFoodSource ?f }";
        Result before = CliRun.run("--reasoning", "none", "query", q, "--format", "csv");
        Result after = CliRun.run("query", q, "--format", "csv", "--reasoning", "none");
        Result owl = CliRun.run("query", q, "--format", "csv");
        assertEquals("n\r\n0\r\n", before.out(), before.describe());
        assertEquals(before.out(), after.out());
        assertEquals("n\r\n5\r\n", owl.out(), "OWL reasoning is the default and adds the inverse");
    }

    @Test
    void badReasoningValueIsAUsageError() {
        Result r = CliRun.run("--reasoning", "full", "queries");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().contains("--reasoning"), r.err());
    }

    @Test
    void noBundledWithoutDataIsAUsageError() {
        Result r = CliRun.run("--no-bundled", "query", "ASK {}");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertEquals("nutrikg query: --no-bundled leaves no graph: give --data too", r.err().strip());
    }

    @Test
    void aRunBuildsOnlyTheCommandsItNames() {
        assertEquals(List.of(QueryCommand.class),
                NutriKG.needed(new String[] {"--data", "x.ttl", "query", "--param", "a=b", "food-sources"}));
        assertEquals(NutriKG.SUBCOMMANDS, NutriKG.needed(new String[] {"--help"}), "no command named: all, for help");
        assertEquals(NutriKG.SUBCOMMANDS, NutriKG.needed(new String[] {"help", "query"}));
        assertEquals(NutriKG.SUBCOMMANDS, NutriKG.needed(new String[] {"generate-completion"}));
        assertEquals(NutriKG.SUBCOMMANDS, NutriKG.needed(new String[] {"qurey"}), "all, for the suggestion");
        assertEquals(NutriKG.SUBCOMMANDS, NutriKG.needed(null));
        CommandLine cl = NutriKG.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                new String[] {"stats"});
        assertEquals(Set.of("stats"), cl.getSubcommands().keySet());
    }
}
