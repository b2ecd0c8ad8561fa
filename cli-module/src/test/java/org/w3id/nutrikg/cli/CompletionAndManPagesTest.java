// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.nutrikg.cli.CliRun.Result;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Shell completion ({@code nutrikg generate-completion}, and target/nutrikg_completion made by the build) and the
 * man pages the build makes in target/man/, one per command.
 */
class CompletionAndManPagesTest {

    private static final Path TARGET = Path.of("target").toAbsolutePath();

    /** Runs a bash snippet with the script as $0; returns its stdout. */
    private static String bash(Path script, String snippet) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "-c", "source \"$0\" && " + snippet, script.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "bash ended");
        assertEquals(0, p.exitValue(), snippet + "\n" + out);
        return out;
    }

    /** What bash offers after {@code words} (the last one being completed). */
    private static List<String> complete(Path script, String... words) throws IOException, InterruptedException {
        StringBuilder array = new StringBuilder();
        for (String w : words) {
            array.append(" '").append(w).append('\'');
        }
        String line = String.join(" ", words);
        return bash(script, "COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1) + "; COMP_LINE='" + line
                + "'; COMP_POINT=${#COMP_LINE}; _complete_nutrikg; printf '%s\\n' \"${COMPREPLY[@]}\"").lines().toList();
    }

    private static Path generated(Path dir) throws IOException {
        Result r = CliRun.run("generate-completion");
        assertEquals(0, r.exitCode(), r.describe());
        assertEquals("", r.err(), r.describe());
        Path script = dir.resolve("nutrikg_completion");
        Files.writeString(script, r.out());
        return script;
    }

    @Test
    void generatedScriptRegistersCompletionForNutrikg(@TempDir Path dir) throws Exception {
        String registered = bash(generated(dir), "complete -p nutrikg");
        assertEquals("complete -o default -F _complete_nutrikg nutrikg", registered.strip());
    }

    @Test
    void completionOffersTheCommandsAndTheValuesOfEnumeratedOptions(@TempDir Path dir) throws Exception {
        Path script = generated(dir);
        assertEquals(List.of("validate"), complete(script, "nutrikg", "val"));
        assertEquals(List.of("query", "queries"), complete(script, "nutrikg", "quer"));
        assertEquals(List.of("turtle", "jsonld", "ntriples", "nquads", "trig", "rdfxml"),
                complete(script, "nutrikg", "export", "--format", ""));
        assertEquals(List.of("error", "warning", "info"), complete(script, "nutrikg", "validate", "--fail-on", ""));
        assertEquals(List.of("none", "rdfs", "owl"), complete(script, "nutrikg", "--reasoning", ""));
    }

    @Test
    void buildMakesTheSameScript(@TempDir Path dir) throws Exception {
        Path built = TARGET.resolve("nutrikg_completion");
        assertTrue(Files.isRegularFile(built), "the build (process-classes) makes " + built);
        assertEquals(Files.readString(generated(dir)).stripTrailing(), Files.readString(built).stripTrailing());
    }

    @Test
    void buildMakesAManPageForEveryCommandWithEveryOption() throws IOException {
        CommandLine top = NutriKG.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertManPage("nutrikg", top);
        Map<String, CommandLine> subcommands = top.getSubcommands();
        assertTrue(subcommands.size() >= 12, subcommands.keySet().toString());
        for (Map.Entry<String, CommandLine> e : subcommands.entrySet()) {
            assertManPage("nutrikg-" + e.getKey(), e.getValue());
        }
    }

    private static void assertManPage(String name, CommandLine command) throws IOException {
        Path page = TARGET.resolve("man").resolve(name + ".adoc");
        assertTrue(Files.isRegularFile(page), "the build (process-classes) makes " + page);
        String text = Files.readString(page);
        assertTrue(text.contains("= " + name + "(1)"), name + ": title");
        for (OptionSpec o : command.getCommandSpec().options()) {
            if (!o.hidden()) {
                assertTrue(text.contains("*" + o.longestName() + "*"), name + ": " + o.longestName());
            }
        }
    }
}
