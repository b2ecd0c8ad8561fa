// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.nutrikg.cli.CliRun;
import org.w3id.nutrikg.cli.CliRun.Result;
import org.w3id.nutrikg.cli.ExitCodes;

class DocsCommandTest {

    private static final Pattern LINK = Pattern.compile("(?:href|src|action)=\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");

    @TempDir
    static Path tmp;
    static Path site;
    static Result rendered;

    @BeforeAll
    static void render() {
        site = tmp.resolve("site");
        rendered = CliRun.run("docs", "--output", site.toString());
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void writesTheSiteQuietly() {
        assertEquals(ExitCodes.OK, rendered.exitCode(), rendered.describe());
        assertEquals("", rendered.out());
        assertEquals("", rendered.err());
        for (String f : List.of("index.html", "classes.html", "properties.html", "individuals.html", "search.html",
                "style.css", "individuals/VitaminB12.html", "individuals/MuscleCramp.html")) {
            assertTrue(Files.isRegularFile(site.resolve(f)), f);
        }
    }

    /** Every local link and anchor resolves inside the site, and nothing is loaded from elsewhere. */
    @Test
    void everyLinkResolvesInsideTheSite() throws IOException {
        Map<Path, Set<String>> ids = new HashMap<>();
        List<String> broken = new ArrayList<>();
        Path root = site.toRealPath();
        for (Path page : pages()) {
            String html = read(page);
            Matcher m = LINK.matcher(html);
            while (m.find()) {
                String href = m.group(1).replace("&amp;", "&");
                if (href.startsWith("http://") || href.startsWith("https://")) {
                    // plain links to IRIs are fine; loading anything from there is not
                    continue;
                }
                assertFalse(href.contains(":"), page + ": link with a scheme: " + href);
                String path = href.replaceFirst("[?#].*$", "");
                String fragment = href.contains("#") ? href.substring(href.indexOf('#') + 1) : null;
                Path target = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
                if (!Files.isRegularFile(target) || !target.toRealPath().startsWith(root)) {
                    broken.add(site.relativize(page) + " -> " + href);
                    continue;
                }
                if (fragment != null && !fragment.isEmpty()) {
                    Set<String> targetIds = ids.computeIfAbsent(target, t -> {
                        Set<String> found = new HashSet<>();
                        Matcher im = ID.matcher(read(t));
                        while (im.find()) {
                            found.add(im.group(1));
                        }
                        return found;
                    });
                    if (!targetIds.contains(fragment)) {
                        broken.add(site.relativize(page) + " -> " + href + " (no such anchor)");
                    }
                }
            }
            assertFalse(Pattern.compile("<script[^>]*\\ssrc=").matcher(html).find(), page + " loads a script");
            assertFalse(Pattern.compile("<link[^>]*href=\"https?:").matcher(html).find(), page + " loads a style");
            assertFalse(Pattern.compile("<(img|iframe)[^>]*src=\"https?:").matcher(html).find(), page + " loads media");
        }
        assertEquals(List.of(), broken);
        String css = read(site.resolve("style.css"));
        assertFalse(css.contains("url(") || css.contains("@import"), "the style sheet loads nothing");
    }

    @Test
    void overviewHasMetadataCitationAndBothDiagrams() {
        String index = read(site.resolve("index.html"));
        assertTrue(index.contains("should not replace professional medical advice"), "disclaimer");
        assertTrue(index.contains("id=\"cite\""), "how to cite");
        assertTrue(index.contains("CC BY 4.0"), "licence");
        assertTrue(index.contains("https://w3id.org/nutrikg/ontology/"), "version IRI");
        assertEquals(2, Pattern.compile("<svg [^>]*class=\"diagram\"").matcher(index).results().count(), "diagrams");
        // the boxes are placed by the layout: every box has coordinates, and they are not all the same
        Set<String> positions = new HashSet<>();
        Pattern.compile("<rect class=\"node [^\"]*\" x=\"([0-9.]+)\" y=\"([0-9.]+)\"").matcher(index).results()
                .forEach(r -> positions.add(r.group(1) + "," + r.group(2)));
        assertTrue(positions.size() > 20, "positions: " + positions);
        assertTrue(index.contains("href=\"individuals/VitaminB12Deficiency.html\""), "network links to pages");
    }

    @Test
    void termsAndIndividualsHaveTheirSections() {
        String classes = read(site.resolve("classes.html"));
        assertTrue(classes.contains("<section class=\"term\" id=\"Nutrient\">"), "a section per class");
        assertTrue(classes.contains("Superclasses") && classes.contains("Disjoint with"), classes.substring(0, 200));
        String properties = read(site.resolve("properties.html"));
        assertTrue(properties.contains("<section class=\"term\" id=\"foodSourceOf\">"), "a section per property");
        assertTrue(properties.contains("<th>Inverse</th><td><a href=\"properties.html#hasFoodSource\">"),
                "inverse named");
        String deficiency = read(site.resolve("individuals/VitaminB12Deficiency.html"));
        assertTrue(deficiency.contains("<blockquote>"), "evidence quotes on the individual's page");
        assertTrue(deficiency.contains("href=\"../individuals/MuscleCramp.html\""), "relations link to pages");
        String search = read(site.resolve("search.html"));
        assertTrue(search.contains("cobalamin"), "synonyms are in the search index");
    }

    @Test
    void rewritingReplacesASiteItWroteBefore() {
        Result again = CliRun.run("docs", "--output", site.toString());
        assertEquals(ExitCodes.OK, again.exitCode(), again.describe());
        assertEquals("", again.err());
    }

    @Test
    void aFolderWithOtherFilesIsLeftAlone(@TempDir Path dir) throws IOException {
        Path mine = dir.resolve("notes.txt");
        Files.writeString(mine, "keep me");
        Result r = CliRun.run("docs", "--output", dir.toString());
        assertEquals(ExitCodes.FAILED, r.exitCode(), r.describe());
        assertEquals("", r.out());
        assertEquals("nutrikg docs: cannot write '" + dir + "': the folder is not empty and was not written by "
                + "nutrikg docs; choose a new or empty folder\n", r.err());
        assertEquals("keep me", Files.readString(mine));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "nothing was added");
        }
    }

    @Test
    void outputIsRequired() {
        Result r = CliRun.run("docs");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.describe());
        assertTrue(r.err().startsWith("nutrikg docs: missing required option: '--output=DIR'"), r.err());
    }

    @Test
    void aMissingDataFileIsBadInput(@TempDir Path dir) {
        Result r = CliRun.run("--data", "no-such.ttl", "docs", "--output", dir.resolve("site").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.describe());
        assertEquals("nutrikg docs: no-such.ttl: no such file or folder\n", r.err());
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void theSiteHoldsAFilePerTermAndSyntax() {
        for (String f : List.of("resource/VitaminB12.ttl", "resource/VitaminB12.jsonld", "resource/VitaminB12.nt",
                "resource/VitaminB12.rdf", "resource/VitaminB12.html", "ontology.ttl", "ontology.html", "void.ttl")) {
            assertTrue(Files.isRegularFile(site.resolve(f)), f);
        }
        assertTrue(read(site.resolve("resource/VitaminB12.ttl")).contains("rdfs:label \"vitamin B12\"@en"));
        assertFalse(Files.exists(site.resolve(".htaccess")), "no w3id.org rules without --site-url");
        assertTrue(read(site.resolve("individuals/VitaminB12.html")).contains("href=\"../resource/VitaminB12.ttl\""),
                "a term's page links to its RDF files");
    }

    @Test
    void siteUrlAddsTheW3idRules(@TempDir Path dir) {
        Path out = dir.resolve("site");
        Result r = CliRun.run("docs", "--output", out.toString(), "--site-url", "https://example.org/nutrikg/");
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertEquals("", r.err());
        String rules = read(out.resolve(".htaccess"));
        assertTrue(rules.contains("RewriteCond %{HTTP_ACCEPT} text/turtle\n"
                + "RewriteRule ^resource/([A-Za-z0-9_.-]+)$ https://example.org/nutrikg/resource/$1.ttl [R=303,L]"), rules);
    }

    @Test
    void aSiteUrlMustBeAnHttpAddress(@TempDir Path dir) {
        Result r = CliRun.run("docs", "--output", dir.resolve("site").toString(), "--site-url", "example.org");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.describe());
        assertEquals("nutrikg docs: --site-url takes an http:// or https:// address, not 'example.org'\n",
                r.err().replace("\r", ""));
        assertFalse(Files.exists(dir.resolve("site")));
    }
}
