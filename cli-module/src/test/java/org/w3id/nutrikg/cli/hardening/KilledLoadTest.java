// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.nutrikg.cli.CliRun;
import org.w3id.nutrikg.cli.CliRun.Result;
import org.w3id.nutrikg.cli.ExitCodes;
import org.w3id.nutrikg.cli.NutriKG;

/**
 * Fault injection for stores: a child JVM running {@code load} is killed (SIGKILL) while it writes. An
 * existing store must open and answer with the data of its last committed load (TDB2 transactions), a new
 * store must not appear half-made, and the next load must succeed.
 */
class KilledLoadTest {

    private static final int BIG = 200_000;
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";

    @TempDir
    static Path inputs;
    private static Path small;
    private static Path big;
    private static Path more;

    @BeforeAll
    static void files() throws IOException {
        small = inputs.resolve("small.nt");
        Files.writeString(small, triples("a", 10));
        more = inputs.resolve("more.nt");
        Files.writeString(more, triples("m", 5));
        big = inputs.resolve("big.nt");
        Files.writeString(big, triples("b", BIG));
    }

    private static String triples(String prefix, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("<http://example.org/").append(prefix).append(i / 10).append("> <http://example.org/p")
                    .append(i % 10).append("> \"").append(prefix).append(' ').append(i).append("\" .\n");
        }
        return sb.toString();
    }

    private static long count(Path store) {
        Result r = CliRun.run("--store", store.toString(), "query", COUNT, "--format", "csv");
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertEquals("", r.err());
        return Long.parseLong(r.out().lines().skip(1).findFirst().orElseThrow().strip());
    }

    @Test
    void aLoadKilledIntoAnExistingStoreLeavesTheLastCommittedData(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        Result first = CliRun.run("--no-bundled", "load", "--store", store.toString(), small.toString());
        assertEquals(ExitCodes.OK, first.exitCode(), first.describe());
        assertEquals(10, count(store));
        long before = size(store);

        boolean alive = killWhen(dir, List.of("--no-bundled", "load", "--store", store.toString(), big.toString()),
                () -> size(store) > before + (1 << 20));

        long n = count(store);
        assertTrue(n == 10 || n == 10 + BIG, "the store answers with a committed state, not " + n + " triples");
        assertTrue(alive, "killed while loading");

        Result next = CliRun.run("--no-bundled", "load", "--store", store.toString(), more.toString());
        assertEquals(ExitCodes.OK, next.exitCode(), next.describe());
        assertEquals(n + 5, count(store), "the next load adds to what was committed");
    }

    @Test
    void aLoadKilledIntoANewStoreLeavesNoStoreAndTheNextLoadCleansUp(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        boolean alive = killWhen(dir, List.of("--no-bundled", "load", "--store", store.toString(), big.toString()),
                () -> hidden(dir) && size(dir) > 1 << 20);
        assertTrue(alive, "killed while loading");
        assertFalse(Files.exists(store), "no half-made store is visible");

        Result next = CliRun.run("--no-bundled", "load", "--store", store.toString(), small.toString());
        assertEquals(ExitCodes.OK, next.exitCode(), next.describe());
        assertEquals(10, count(store));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("store"), s.map(p -> p.getFileName().toString()).toList(),
                    "the killed load's staging folder is removed");
        }
    }

    /** Runs nutrikg ARGS in a child JVM and kills it when {@code now} holds; whether it was still running. */
    private static boolean killWhen(Path dir, List<String> args, BooleanSupplier now) throws Exception {
        Path logs = Files.createTempDirectory(inputs, "child");
        Process p = ChildJvm.builder(logs, List.of("-Xmx512m"), NutriKG.class.getName(), args).start();
        long deadline = System.nanoTime() + 120_000_000_000L;
        boolean seen = false;
        try {
            while (p.isAlive() && System.nanoTime() < deadline && !(seen = now.getAsBoolean())) {
                Thread.sleep(2);
            }
        } finally {
            boolean alive = p.isAlive();
            p.destroyForcibly();
            p.waitFor();
            if (!seen) {
                fail("load ended before it could be killed while writing\n" + ChildJvm.output(logs));
            }
            return alive;
        }
    }

    private static boolean hidden(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith(".store.loading."));
        } catch (IOException e) {
            return false;
        }
    }

    private static long size(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }
}
