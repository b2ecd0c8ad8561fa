// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.nutrikg.cli.CliRun;
import org.w3id.nutrikg.cli.CliRun.Result;
import org.w3id.nutrikg.cli.ExitCodes;
import org.w3id.nutrikg.cli.Fixtures;

class QueryCommandTest {

    private static final String FOODS = Fixtures.arg("query/foods-input.ttl");
    private static final String SELECT_FOODS =
            "SELECT ?food WHERE { ?food nkg:foodSourceOf ?nutrient } ORDER BY ?food";

    private static Result onFixture(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--no-bundled";
        all[1] = "--data";
        all[2] = FOODS;
        all[3] = "query";
        System.arraycopy(args, 0, all, 4, args.length);
        return CliRun.run(all);
    }

    @Test
    void inlineQueryWithPredeclaredPrefixesGivesCsv() {
        Result r = onFixture(SELECT_FOODS + " LIMIT 2", "--format", "csv");
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertEquals("food\r\nhttps://w3id.org/nutrikg/resource/Banana\r\nhttps://w3id.org/nutrikg/resource/Spinach\r\n",
                r.out());
        assertEquals("", r.err());
    }

    @Test
    void paramIsBoundBeforeTheQueryRuns() {
        Result r = onFixture(Fixtures.arg("query/foods-of.rq"), "--param", "nutrient=nkr:Magnesium", "--format", "tsv");
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertEquals("?food\t?foodLabel\n<https://w3id.org/nutrikg/resource/Spinach>\t\"spinach\"@en\n", r.out());
    }

    @Test
    void tableShowsPrefixedNames() {
        Result r = onFixture(SELECT_FOODS);
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertTrue(r.out().contains("| nkr:Banana "), r.out());
        assertTrue(r.out().startsWith("-"), r.out());
    }

    @Test
    void askAndConstructUseTheirOwnFormats() {
        Result ask = onFixture("ASK { nkr:Banana nkg:foodSourceOf nkr:Potassium }", "--format", "json");
        assertEquals(ExitCodes.OK, ask.exitCode(), ask.describe());
        assertTrue(ask.out().contains("\"boolean\" : true"), ask.out());

        Result construct = onFixture("CONSTRUCT { ?n nkg:hasFoodSource ?f } WHERE { ?f nkg:foodSourceOf ?n }",
                "--format", "ntriples");
        assertEquals(ExitCodes.OK, construct.exitCode(), construct.describe());
        assertEquals(3, construct.out().lines().count(), construct.out());
    }

    @Test
    void owlReasoningAddsInverseAndSuperclassTriples() {
        Result r = onFixture("SELECT ?f WHERE { nkr:Potassium nkg:hasFoodSource ?f . ?f a nkg:Food } ORDER BY ?f",
                "--format", "csv");
        // without the ontology there are no inverse axioms: nothing is inferred
        assertEquals("f\r\n", r.out(), r.describe());
    }

    @Test
    void outputFileIsWrittenWhole(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("foods.csv");
        Result r = onFixture(SELECT_FOODS, "--format", "csv", "--output", target.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertEquals("", r.out());
        assertTrue(Files.readString(target).startsWith("food\r\n"));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void syntaxErrorNamesLineAndColumnAndExits3(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("kept.csv");
        Files.writeString(target, "old content", StandardCharsets.UTF_8);
        String file = Fixtures.arg("query/syntax-error.rq");
        Result r = onFixture(file, "--output", target.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.describe());
        assertTrue(r.err().startsWith("nutrikg query: " + file + ":4:1: "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals("", r.out());
        assertEquals("old content", Files.readString(target), "a failed query leaves the old file");
    }

    @Test
    void brokenDataFileNamesLineAndColumnAndExits3() {
        String broken = Fixtures.arg("query/broken-input.ttl");
        Result r = CliRun.run("--no-bundled", "--data", broken, "query", SELECT_FOODS);
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.describe());
        assertTrue(r.err().matches("nutrikg query: \\Q" + broken + "\\E:3:\\d+: .+\\R"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void missingDataFileExits3() {
        Result r = CliRun.run("--data", "no/such/file.ttl", "query", SELECT_FOODS);
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.describe());
        assertEquals("nutrikg query: no/such/file.ttl: no such file or folder\n", r.err().replace("\r", ""));
    }

    @Test
    void unknownFormatIsAUsageError() {
        Result r = onFixture(SELECT_FOODS, "--format", "yaml");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.describe());
        assertTrue(r.err().startsWith("nutrikg query: unknown format 'yaml' for --format (expected: table, csv"),
                r.err());
        assertEquals("", r.out());
    }

    @Test
    void formatThatDoesNotFitTheQueryIsAUsageError() {
        Result r = onFixture(SELECT_FOODS, "--format", "turtle");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.describe());
        assertTrue(r.err().contains("format 'turtle' does not fit a SELECT query"), r.err());
    }

    @Test
    void unknownParameterIsAUsageError() {
        Result r = onFixture(Fixtures.arg("query/foods-of.rq"), "--param", "nutrients=nkr:Potassium");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.describe());
        assertTrue(r.err().contains("unknown parameter 'nutrients'") && r.err().contains("(expected: nutrient)"),
                r.err());
    }

    @Test
    void unknownPrefixInParameterIsAUsageError() {
        Result r = onFixture(Fixtures.arg("query/foods-of.rq"), "--param", "nutrient=nkx:Potassium");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.describe());
        assertTrue(r.err().contains("unknown prefix 'nkx'"), r.err());
    }

    @Test
    void unknownNamedQueryIsAUsageError() {
        Result r = onFixture("no-such-query");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.describe());
        assertTrue(r.err().startsWith("nutrikg query: unknown query 'no-such-query'"), r.err());
    }

    @Test
    void updateIsRefusedAsBadInput() {
        Result r = onFixture("INSERT DATA { nkr:A nkr:b nkr:C }");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.describe());
        assertTrue(r.err().contains("this is a SPARQL update"), r.err());
    }

    @Test
    void serviceIsRefusedUnlessAllowed() {
        Result r = onFixture("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.describe());
        assertTrue(r.err().contains("--allow-service"), r.err());
    }

    @Test
    void timeoutStopsARunawayQueryWithExit4(@TempDir Path dir) throws IOException {
        StringBuilder ttl = new StringBuilder("@prefix nkr: <https://w3id.org/nutrikg/resource/> .\n");
        for (int i = 0; i < 3000; i++) {
            ttl.append("nkr:S").append(i).append(" nkr:p ").append(i).append(" .\n");
        }
        Path big = dir.resolve("big.ttl");
        Files.writeString(big, ttl);
        Result r = CliRun.run("--no-bundled", "--data", big.toString(), "query", "--timeout", "0.5",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }");
        assertEquals(ExitCodes.FAILED, r.exitCode(), r.describe());
        assertTrue(r.err().contains("timed out after 500 ms"), r.err());
    }

    @Test
    void verboseShowsTheStackTrace() {
        Result quiet = onFixture("SELECT ?x WHERE {");
        Result verbose = onFixture("-v", "SELECT ?x WHERE {");
        assertFalse(quiet.err().contains("\tat "), quiet.err());
        assertTrue(verbose.err().contains("\tat "), verbose.err());
    }
}
