// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** docs/errors.md is what ErrorsPage makes from the corpus now, so that the error list cannot drift. */
class ErrorsPageTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void pageIsUpToDate() throws IOException {
        String expected = ErrorsPage.render();
        if (Boolean.getBoolean("nutrikg.errors.write")) {
            Files.writeString(ROOT.resolve(ErrorsPage.PAGE), expected, StandardCharsets.UTF_8);
        }
        String actual = Files.readString(ROOT.resolve(ErrorsPage.PAGE), StandardCharsets.UTF_8);
        assertEquals(expected, actual, ErrorsPage.PAGE + " is out of date: regenerate it with "
                + "'mvn -o -pl model-module,cli-module -am verify -Dtest=ErrorsPageTest "
                + "-Dsurefire.failIfNoSpecifiedTests=false -Dnutrikg.errors.write=true'");
    }

    @Test
    void everyCaseOfTheCorpusIsOnThePage() throws IOException {
        String page = Files.readString(ROOT.resolve(ErrorsPage.PAGE), StandardCharsets.UTF_8);
        List<ErrorsPage.Case> cases = ErrorsPage.cases(
                Files.readAllLines(Fixtures.path("corpus/cases.tsv"), StandardCharsets.UTF_8));
        assertTrue(cases.size() > 150, "the corpus has its cases: " + cases.size());
        for (ErrorsPage.Case c : cases) {
            if (c.exit() != 0) {
                assertTrue(page.contains(ErrorsPage.message(c).replace("|", "\\|")), c.id());
            }
            assertTrue(page.contains(c.cause()), c.id());
        }
    }

    @Test
    void everyFixedMessageOfTheCommandLineIsOnThePage() throws IOException, IllegalAccessException {
        String page = Files.readString(ROOT.resolve(ErrorsPage.PAGE), StandardCharsets.UTF_8);
        for (Field f : CliMessages.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                String message = (String) f.get(null);
                assertTrue(page.contains(message), "CliMessages." + f.getName() + " is not in " + ErrorsPage.PAGE
                        + " (add a corpus case, or a line to errors-intro.md if no case can provoke it): " + message);
            }
        }
    }

    @Test
    void rowsGroupCasesWithTheSameCauseAndFix() {
        List<ErrorsPage.Case> cases = ErrorsPage.cases(List.of(
                "#> Files",
                "a\tx.ttl\t--data {file} stats\t3\tnutrikg stats: {file}:1: broken\tit is broken\tmend it",
                "b\ty.nt\t--data {file} stats\t3\tnutrikg stats: {file}:2: broken\t\t",
                "c\t\tfrobnicate\t2\tunknown command;'frobnicate'\ta typo\tsee --help"));
        String page = ErrorsPage.render("# Errors", cases);
        assertEquals("""
                # Errors

                ## Files

                | command | exit | message | cause | fix |
                | --- | --- | --- | --- | --- |
                | `nutrikg stats` | 3 | `nutrikg stats: x.ttl:1: broken`<br>`nutrikg stats: y.nt:2: broken` | it is broken | mend it |
                | `nutrikg frobnicate` | 2 | `unknown command … 'frobnicate'` | a typo | see --help |
                """, page);
    }

    @Test
    void aSectionMustStartWithItsCauseAndFix() {
        assertThrows(IllegalArgumentException.class, () -> ErrorsPage.cases(List.of(
                "#> Files", "a\tx.ttl\tstats\t3\tbroken\t\t")));
    }
}
