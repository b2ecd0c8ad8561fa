// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.nutrikg.cli.CliRun;
import org.w3id.nutrikg.cli.CliRun.Result;
import org.w3id.nutrikg.cli.ExitCodes;
import org.w3id.nutrikg.cli.NutriKG;

/**
 * Fault injection for the writers: a child JVM runs a real command writing a large --output and is killed
 * (SIGKILL) while its temporary file grows. The target must still hold its old content, nothing new may be
 * visible beside it, and the next run must succeed, write the complete file and remove the hidden leftover.
 */
class KilledWriterTest {

    private static final String OLD = "old content\n";
    private static final int TRIPLES = 100_000;

    @TempDir
    static Path inputs;
    private static Path data;

    @BeforeAll
    static void data() throws IOException {
        StringBuilder nt = new StringBuilder();
        for (int i = 0; i < TRIPLES; i++) {
            nt.append("<http://example.org/s").append(i / 10).append("> <http://example.org/p").append(i % 7)
                    .append("> \"value ").append(i).append("\" .\n");
        }
        data = inputs.resolve("big.nt");
        Files.writeString(data, nt);
    }

    @Test
    void exportKilledMidWriteLeavesTheOldFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("export.nt");
        List<String> args = List.of("--no-bundled", "--reasoning", "none", "--data", data.toString(), "export",
                "--format", "ntriples", "--output", target.toString());
        killMidWrite(dir, target, args, 1 << 17);

        Result again = CliRun.run(args.toArray(String[]::new));
        assertEquals(ExitCodes.OK, again.exitCode(), again.describe());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(target).parse(g);
        assertEquals(TRIPLES, g.size(), "the next write is complete");
        assertEquals(List.of("export.nt"), names(dir, true), "the leftover of the killed run is gone");
    }

    @Test
    void templateKilledMidWriteLeavesTheOldFile(@TempDir Path dir) throws Exception {
        Path table = inputs.resolve("foods.csv");
        if (!Files.exists(table)) {
            StringBuilder csv = new StringBuilder("ID,LABEL,TYPE\n");
            for (int i = 0; i < 30_000; i++) {
                csv.append("nkr:GeneratedFood").append(i).append(",generated food ").append(i).append(",nkg:Food\n");
            }
            Files.writeString(table, csv);
        }
        Path target = dir.resolve("foods.ttl");
        List<String> args = List.of("template", table.toString(), "--output", target.toString());
        // template reads and converts the table inside its write and then writes the text at once: the
        // kill lands while the temporary file exists, mostly before its bytes
        killMidWrite(dir, target, args, 0);

        Result again = CliRun.run(args.toArray(String[]::new));
        assertEquals(ExitCodes.OK, again.exitCode(), again.describe());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(target).parse(g);
        assertEquals(2 * 30_000, g.size(), "the next write is complete");
        assertEquals(List.of("foods.ttl"), names(dir, true), "the leftover of the killed run is gone");
    }

    @Test
    void docsKilledMidWriteLeavesTheOldSite(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        List<String> args = List.of("docs", "--output", site.toString());
        Result first = CliRun.run(args.toArray(String[]::new));
        assertEquals(ExitCodes.OK, first.exitCode(), first.describe());
        Files.writeString(site.resolve("style.css"), OLD);
        List<String> before = tree(site);

        Path logs = Files.createTempDirectory(inputs, "child");
        Process p = ChildJvm.builder(logs, List.of("-Xmx512m"), NutriKG.class.getName(), args).start();
        long deadline = System.nanoTime() + 120_000_000_000L;
        boolean caught = false;
        try {
            while (p.isAlive() && System.nanoTime() < deadline && !caught) {
                Optional<Path> tmp = temporary(dir, ".site.");
                caught = tmp.isPresent() && Files.isDirectory(tmp.get().resolve("individuals"))
                        && tree(tmp.get()).size() > 20;
                Thread.sleep(2);
            }
        } finally {
            p.destroyForcibly();
            p.waitFor();
        }
        if (!caught) {
            fail("docs ended before it could be killed while writing\n" + ChildJvm.output(logs));
        }
        assertEquals(OLD, Files.readString(site.resolve("style.css")), "the old site is untouched");
        assertEquals(before, tree(site), "no file of the old site added or removed");
        assertEquals(List.of("site"), names(dir, false), "nothing new is visible");

        Result again = CliRun.run(args.toArray(String[]::new));
        assertEquals(ExitCodes.OK, again.exitCode(), again.describe());
        assertTrue(Files.readString(site.resolve("index.html")).contains("<html"), "the next write is complete");
        assertEquals(List.of("site"), names(dir, true), "the leftover of the killed run is gone");
    }

    private static List<String> tree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    /**
     * Starts the command in a child JVM, kills it once its temporary file exists and holds at least
     * {@code bytes}, and checks the target.
     */
    private static void killMidWrite(Path dir, Path target, List<String> args, long bytes) throws Exception {
        Files.writeString(target, OLD);
        Path logs = Files.createTempDirectory(inputs, "child");
        Process p = ChildJvm.builder(logs, List.of("-Xmx512m"), NutriKG.class.getName(), args).start();
        String prefix = "." + target.getFileName() + ".";
        long deadline = System.nanoTime() + 120_000_000_000L;
        Optional<Path> caught = Optional.empty();
        try {
            while (p.isAlive() && System.nanoTime() < deadline) {
                caught = temporary(dir, prefix);
                if (caught.isPresent() && Files.size(caught.get()) >= bytes) {
                    break;
                }
                Thread.sleep(2);
            }
        } finally {
            p.destroyForcibly();
            p.waitFor();
        }
        if (caught.isEmpty() || !Files.exists(caught.get())) {
            fail("the command ended before it could be killed while writing\n" + ChildJvm.output(logs));
        }
        assertEquals(OLD, Files.readString(target), "the target keeps its old content");
        assertEquals(List.of(target.getFileName().toString()), names(dir, false), "nothing new is visible");
        assertTrue(names(dir, true).size() == 2, "the killed run's hidden temporary file is still there: "
                + names(dir, true));
    }

    private static Optional<Path> temporary(Path dir, String prefix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst();
        }
    }

    private static List<String> names(Path dir, boolean hidden) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.map(f -> f.getFileName().toString()).filter(n -> hidden || !n.startsWith(".")).sorted().forEach(out::add);
        }
        return out;
    }
}
