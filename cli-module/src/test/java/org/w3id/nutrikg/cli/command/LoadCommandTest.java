// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.nutrikg.cli.CliRun;
import org.w3id.nutrikg.cli.CliRun.Result;
import org.w3id.nutrikg.cli.ExitCodes;
import org.w3id.nutrikg.cli.Fixtures;

class LoadCommandTest {

    private static final String FOODS = Fixtures.arg("load/foods-input.ttl");
    private static final String MORE = Fixtures.arg("load/more-input.nt");
    private static final String BROKEN = Fixtures.arg("load/broken-input.nt");

    @Test
    void loadThenQueryTheStore(@TempDir Path tmp) {
        String store = tmp.resolve("s").toString();
        Result load = CliRun.run("load", "--no-bundled", "--store", store, FOODS, MORE);
        assertEquals(ExitCodes.OK, load.exitCode(), load.describe());
        assertEquals("", load.out());
        assertTrue(load.err().matches("loaded 9 triples into \\Q" + store + "\\E in \\d+\\.\\d s\\R"), load.err());

        Result q = CliRun.run("--store", store, "query", "--format", "csv",
                "SELECT ?food WHERE { ?food nkg:foodSourceOf nkr:Magnesium } ORDER BY ?food");
        assertEquals(ExitCodes.OK, q.exitCode(), q.describe());
        assertEquals("food\r\nhttps://w3id.org/nutrikg/resource/Lentils\r\nhttps://w3id.org/nutrikg/resource/Spinach\r\n",
                q.out());
        assertEquals("", q.err());
    }

    @Test
    void quietPrintsNothing(@TempDir Path tmp) {
        Result r = CliRun.run("-q", "--no-bundled", "--store", tmp.resolve("s").toString(), "load", MORE);
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertEquals("", r.out());
        assertEquals("", r.err());
    }

    @Test
    void parseErrorExits3WithFileLineColumnAndStoresNothing(@TempDir Path tmp) {
        Path store = tmp.resolve("s");
        Result r = CliRun.run("load", "--no-bundled", "--store", store.toString(), MORE, BROKEN);
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.describe());
        assertTrue(r.err().matches("nutrikg load: \\Q" + BROKEN + "\\E:2:\\d+: .+\\R"), r.err());
        assertEquals("", r.out());
        assertTrue(Files.notExists(store), "no store is made");
    }

    @Test
    void missingFileExits3(@TempDir Path tmp) {
        Result r = CliRun.run("load", "--no-bundled", "--store", tmp.resolve("s").toString(), "no/such.nt");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.describe());
        assertEquals("nutrikg load: no/such.nt: no such file or folder\n", r.err().replace("\r", ""));
    }

    @Test
    void folderThatIsNotAStoreExits3(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "mine");
        Result r = CliRun.run("load", "--no-bundled", "--store", tmp.toString(), MORE);
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.describe());
        assertEquals("nutrikg load: " + tmp + ": not a TDB2 store and not empty: give a new or empty folder, "
                + "or an existing store\n", r.err().replace("\r", ""));
    }

    @Test
    void withoutStoreIsAUsageError() {
        Result r = CliRun.run("load", MORE);
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.describe());
        assertEquals("nutrikg load: load needs --store DIR: the store to make or add to\n", r.err().replace("\r", ""));
    }

    @Test
    void nothingToLoadIsAUsageError(@TempDir Path tmp) {
        Result r = CliRun.run("load", "--no-bundled", "--store", tmp.resolve("s").toString());
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.describe());
        assertTrue(r.err().startsWith("nutrikg load: nothing to load"), r.err());
    }

    @Test
    void aNamedLoaderLoadsTheSameTriples(@TempDir Path tmp) {
        String store = tmp.resolve("s").toString();
        Result load = CliRun.run("load", "--no-bundled", "--loader", "light", "--store", store, FOODS, MORE);
        assertEquals(ExitCodes.OK, load.exitCode(), load.describe());
        assertTrue(load.err().matches("loaded 9 triples into \\Q" + store + "\\E in \\d+\\.\\d s\\R"), load.err());
        Result q = CliRun.run("--store", store, "query", "--format", "csv", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        assertEquals("n\r\n9\r\n", q.out(), q.describe());
    }

    @Test
    void unknownLoaderIsAUsageError(@TempDir Path tmp) {
        Path store = tmp.resolve("s");
        Result r = CliRun.run("load", "--no-bundled", "--loader", "fast", "--store", store.toString(), MORE);
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.describe());
        assertEquals("nutrikg load: unknown loader 'fast' for --loader (expected: auto, phased, parallel, light, "
                + "sequential)\n", r.err().replace("\r", ""));
        assertTrue(Files.notExists(store));
    }
}
