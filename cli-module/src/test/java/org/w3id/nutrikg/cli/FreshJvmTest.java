// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command in a JVM of its own, as the launcher runs it: in-process tests share one JVM where Jena is
 * already initialised, and so cannot see an initialisation-order failure.
 */
class FreshJvmTest {

    @Test
    void queryWithAParameterAsTheFirstJenaUse(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.w3id.nutrikg.cli.NutriKG", "--reasoning", "none", "query", "food-sources",
                "--param", "nutrient=nkr:Potassium", "--format", "csv"))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the command did not end");
        assertEquals(0, p.exitValue(), Files.readString(err));
        assertEquals("", Files.readString(err));
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains("/Potassium,potassium,"),
                Files.readString(out));
    }
}
