// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The launcher script {@code ./nutrikg}, sourced in bash so that its functions run without building or
 * starting Java: the verb is found past the global options and their values, never in a query's text, and the
 * JVM options follow from it.
 */
class LauncherTest {

    private static final Path SCRIPT = Path.of("..", "nutrikg").toAbsolutePath().normalize();

    /** Runs {@code function args...} of the sourced script; returns its stdout lines. */
    private static List<String> call(String function, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "-c", "source \"$0\" && " + function + " \"$@\"",
                SCRIPT.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "bash ended");
        assertEquals(0, p.exitValue(), function + " exit code, output: " + out);
        return out.lines().toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
        "query food-sources | query",
        "--data mine.ttl query 'SELECT * { ?s ?p ?o } # load' | query",
        "--data load query x | query",
        "--store export query x | query",
        "--store=st export --output x.ttl | export",
        "--endpoint http://h/sparql --reasoning none -v stats | stats",
        "-q --no-bundled --allow-service --data a.ttl --data b.ttl validate | validate",
        "-- load | load",
        "--help | ''",
        "'' | ''"})
    void verbIsTheFirstWordPastTheGlobalOptions(String args, String verb) throws Exception {
        List<String> out = call("nutrikg_verb", BadInputCorpusTest.tokens(args).toArray(String[]::new));
        assertEquals(verb.isEmpty() ? List.of() : List.of(verb), out);
    }

    @Test
    void aQueryThatMentionsLoadIsAShortRun() throws Exception {
        List<String> opts = call("nutrikg_jvm_options", "query", "SELECT ?s { ?s ?p ?o } # load export serve --store");
        assertTrue(opts.contains("-XX:TieredStopAtLevel=1"), opts.toString());
        assertEquals("-XX:+IgnoreUnrecognizedVMOptions", opts.get(0));
    }

    @Test
    void longRunsKeepTheOptimisingCompiler() throws Exception {
        for (String verb : List.of("load", "export", "serve", "push")) {
            List<String> opts = call("nutrikg_jvm_options", "--data", "query", verb, "--output", "x");
            assertFalse(opts.stream().anyMatch(o -> o.startsWith("-XX:TieredStopAtLevel")), verb + ": " + opts);
            assertEquals(verb.equals("export"), opts.contains("-XX:+UseSerialGC"), verb + ": " + opts);
            assertTrue(opts.contains("-XX:+IgnoreUnrecognizedVMOptions"), verb + ": " + opts);
            assertTrue(opts.containsAll(List.of("-XX:+UseTransparentHugePages", "-Xlog:pagesize=off")), verb + ": " + opts);
        }
    }

    @Test
    void aLoadRunsWithTheThroughputCollector() throws Exception {
        List<String> load = call("nutrikg_jvm_options", "load", "--store", "st", "x.nt");
        assertTrue(load.contains("-XX:+UseParallelGC"), load.toString());
        assertTrue(load.contains("-XX:+UseTransparentHugePages"), load.toString());
        int gib = Integer.parseInt(call("nutrikg_memory_gib").get(0));
        assertEquals(gib >= 8, load.contains("-Xmn2g"), gib + " GiB: " + load);
        assertTrue(load.contains("-XX:InitialRAMPercentage=17"), load.toString());
        List<String> sized = call("JAVA_OPTS='-Xmx1g -Dx=y' nutrikg_jvm_options", "load", "x.nt");
        assertFalse(sized.contains("-Xmn2g"), "a heap sized in JAVA_OPTS keeps its own young generation: " + sized);
        assertFalse(call("nutrikg_jvm_options", "query", "x").contains("-XX:+UseParallelGC"));
        assertFalse(call("nutrikg_jvm_options", "export").contains("-XX:+UseParallelGC"));
    }

    @Test
    void aQueryOverAStoreDelaysTheOptimisingCompiler() throws Exception {
        for (List<String> args : List.of(List.of("--store", "st", "query", "x"), List.of("query", "x", "--store=st"))) {
            List<String> opts = call("nutrikg_jvm_options", args.toArray(String[]::new));
            assertTrue(opts.contains("-XX:Tier4InvocationThreshold=50000"), args + ": " + opts);
            assertFalse(opts.contains("-XX:TieredStopAtLevel=1"), args + ": " + opts);
        }
    }

    @Test
    void javaHomeIsUsedWhenSet() throws Exception {
        assertEquals(List.of("/opt/jdk-21/bin/java"), call("JAVA_HOME=/opt/jdk-21 nutrikg_java"));
        assertEquals(List.of("java"), call("JAVA_HOME= nutrikg_java"));
    }
}
