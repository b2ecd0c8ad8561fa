// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.nutrikg.cli.CliRun.Result;
import org.w3id.nutrikg.model.graph.BundledGraph;

/**
 * Runs every {@code ./nutrikg ...} line of the sh blocks of the README and of the manual (docs/*.md) in-process and checks it succeeds, so
 * that the README cannot drift from the tool. Paths are taken from the repository root; --output files and
 * paths under /tmp/ go to a temporary folder; long-running commands (serve) are left out, and the endpoint
 * at http://127.0.0.1:3030/ that the examples query and push to is a Fuseki server started for the test
 * (the bundled graph at /nutrikg, an empty writable dataset at /ds).
 */
class ReadmeExamplesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> LONG_RUNNING = List.of("serve");
    private static final String EXAMPLE_SERVER = "http://127.0.0.1:3030/";

    private static FusekiServer server;

    @TempDir
    Path out;

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    /** The test's stand-in for the server of the examples, started at the first example that needs it. */
    private static String server() {
        if (server == null) {
            DatasetGraph bundled = DatasetGraphFactory.createTxnMem();
            bundled.executeWrite(() -> BundledGraph.read().find().forEach(bundled.getDefaultGraph()::add));
            server = FusekiServer.create().fusekiModules(FusekiModules.create()).loopback(true).port(0)
                    .add("/nutrikg", bundled, false)
                    .add("/ds", DatasetGraphFactory.createTxnMem(), true)
                    .build().start();
        }
        return "http://127.0.0.1:" + server.getHttpPort() + "/";
    }

    @TestFactory
    Stream<DynamicTest> everyReadmeCommandRuns() throws IOException {
        List<String> lines = examples(Files.readString(ROOT.resolve("README.md")));
        assertTrue(lines.size() >= 2, "the README shows commands: " + lines);
        return run("README.md", lines);
    }

    /** The pages of the manual, docs/*.md, are held to the same: each of their commands runs. */
    @TestFactory
    Stream<DynamicTest> everyManualCommandRuns() throws IOException {
        List<Path> pages;
        try (Stream<Path> s = Files.list(ROOT.resolve("docs"))) {
            pages = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path page : pages) {
            run("docs/" + page.getFileName(), examples(Files.readString(page))).forEach(tests::add);
        }
        assertTrue(tests.size() >= 20, "the manual shows commands: " + tests.size());
        return tests.stream();
    }

    private Stream<DynamicTest> run(String file, List<String> lines) {
        return lines.stream().map(line -> DynamicTest.dynamicTest(file + ": " + line, () -> {
            Result r = CliRun.run(args(line));
            assertEquals(ExitCodes.OK, r.exitCode(), file + ": " + line + "\n" + r.describe());
        }));
    }

    /** The ./nutrikg lines of ```sh blocks, without trailing comments or pipes. */
    static List<String> examples(String readme) {
        List<String> out = new ArrayList<>();
        boolean inSh = false;
        for (String raw : readme.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("```")) {
                inSh = line.equals("```sh") || line.equals("```bash");
                continue;
            }
            if (inSh && line.startsWith("./nutrikg ")) {
                String cmd = line.replaceFirst("\\s+#\\s.*$", "").replaceFirst("\\s*\\|.*$", "").strip();
                List<String> words = words(cmd);
                if (words.size() > 1 && words.stream().noneMatch(LONG_RUNNING::contains) && !cmd.endsWith("&")) {
                    out.add(cmd);
                }
            }
        }
        return out;
    }

    private String[] args(String line) {
        List<String> words = words(line);
        List<String> args = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            String prev = args.isEmpty() ? "" : args.get(args.size() - 1);
            if (prev.equals("--output") || prev.equals("-o") || w.startsWith("/tmp/")) {
                args.add(out.resolve(Path.of(w).getFileName()).toString());
            } else if (w.startsWith(EXAMPLE_SERVER)) {
                args.add(server() + w.substring(EXAMPLE_SERVER.length()));
            } else if (!w.startsWith("-") && w.contains("/") && Files.exists(ROOT.resolve(w))) {
                args.add(ROOT.resolve(w).toString());
            } else {
                args.add(w);
            }
        }
        return args.toArray(String[]::new);
    }

    /** Splits a shell line into words, honouring single and double quotes. */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    cur.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    inWord = false;
                }
            } else {
                cur.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            out.add(cur.toString());
        }
        return out;
    }
}
