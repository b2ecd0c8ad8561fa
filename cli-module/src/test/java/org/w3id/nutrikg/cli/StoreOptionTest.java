// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.nutrikg.cli.CliRun.Result;
import org.w3id.nutrikg.model.graph.Stores;

/** The global option --store: reading commands over a TDB2 store. */
class StoreOptionTest {

    private static final String SELECT_FOODS =
            "SELECT ?food WHERE { ?food nkg:foodSourceOf ?nutrient } ORDER BY ?food";

    /** A store holding the query fixture, made with TDB2 directly ('load' has its own tests). */
    static Path store(Path dir) {
        DatasetGraph dsg = Stores.connect(dir);
        dsg.executeWrite(() -> RDFDataMgr.read(dsg.getDefaultGraph(), Fixtures.arg("query/foods-input.ttl")));
        Stores.release(dsg);
        return dir;
    }

    @Test
    void queryAnswersFromTheStoreWithoutReasoning(@TempDir Path tmp) {
        String dir = store(tmp.resolve("s")).toString();
        Result r = CliRun.run("--store", dir, "query", SELECT_FOODS, "--format", "csv");
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertEquals("food\r\nhttps://w3id.org/nutrikg/resource/Banana\r\nhttps://w3id.org/nutrikg/resource/Spinach\r\n"
                + "https://w3id.org/nutrikg/resource/Spinach\r\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void optionMayFollowTheCommand(@TempDir Path tmp) {
        String dir = store(tmp.resolve("s")).toString();
        Result r = CliRun.run("query", "ASK { nkr:Banana nkg:foodSourceOf nkr:Potassium }", "--store", dir,
                "--format", "csv");
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertEquals("_askResult\r\ntrue\r\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void folderThatIsNotAStoreExits3WithOneLine(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "hello");
        Result r = CliRun.run("--store", tmp.toString(), "query", SELECT_FOODS);
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.describe());
        assertEquals("nutrikg query: " + tmp + ": not a TDB2 store (make one with 'nutrikg load --store DIR FILE...')\n",
                r.err().replace("\r", ""));
        assertEquals("", r.out());
    }

    @Test
    void missingStoreExits3AndIsNotCreated(@TempDir Path tmp) {
        Path dir = tmp.resolve("nowhere");
        Result r = CliRun.run("--store", dir.toString(), "query", SELECT_FOODS);
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.describe());
        assertTrue(r.err().startsWith("nutrikg query: " + dir + ": no such store"), r.err());
        assertTrue(Files.notExists(dir));
    }

    @Test
    void dataWithStoreIsAUsageError(@TempDir Path tmp) {
        Result r = CliRun.run("--store", tmp.toString(), "--data", Fixtures.arg("query/foods-input.ttl"),
                "query", SELECT_FOODS);
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.describe());
        assertTrue(r.err().startsWith("nutrikg query: --data and --store do not combine"), r.err());
    }

    @Test
    void reasoningWithStoreIsAUsageError(@TempDir Path tmp) {
        Result r = CliRun.run("--store", tmp.toString(), "--reasoning", "owl", "query", SELECT_FOODS);
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.describe());
        assertEquals("nutrikg query: --reasoning owl applies to in-memory graphs only: a store is queried as stored\n",
                r.err().replace("\r", ""));
    }
}
