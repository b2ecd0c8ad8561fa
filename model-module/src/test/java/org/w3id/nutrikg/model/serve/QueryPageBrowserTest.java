// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.nutrikg.model.graph.GraphSource;
import org.w3id.nutrikg.model.graph.GraphSources;
import org.w3id.nutrikg.model.graph.GraphSpec;
import org.w3id.nutrikg.model.vocab.Prefixes;

/**
 * The query page in a real browser: a query typed into the editor and run returns the rows the graph holds,
 * and the page asks for nothing but this server. Needs Chromium (or Chrome) on the PATH; without one the test
 * is skipped and says why. {@code -Dnutrikg.screenshot=FILE} also saves a picture of the page with its results.
 */
class QueryPageBrowserTest {

    private static final String QUERY = "SELECT ?food ?label WHERE {\n  ?food nkg:foodSourceOf nkr:VitaminB12 ;\n"
            + "    rdfs:label ?label .\n}\nORDER BY ?label\n";

    @Test
    void aQueryTypedInThePageReturnsTheGraphsRows(@TempDir Path profile) throws Exception {
        Optional<Path> browser = Chromium.find();
        Assumptions.assumeTrue(browser.isPresent(),
                "no chromium, chromium-browser or google-chrome on the PATH: the query page is not driven in a "
                        + "browser here (apt-get install chromium)");
        try (GraphSource source = GraphSources.open(GraphSpec.bundledGraph());
                Endpoint endpoint = Endpoint.start(source.datasetGraph(),
                        new ServeOptions("127.0.0.1", 0, false, false, Duration.ofSeconds(30)), r -> { });
                Chromium chromium = Chromium.start(browser.get(), profile)) {
            String base = "http://127.0.0.1:" + endpoint.port();
            chromium.open(base + "/query");
            Chromium.await("the editor", () -> bool(chromium, "typeof window.nutrikgYasgui === 'object' "
                    + "&& document.querySelector('.CodeMirror') !== null"));

            // type the query, as a person would, after the prefixes the editor starts with
            chromium.eval("var y = window.nutrikgYasgui.getTab().getYasqe(); y.setValue("
                    + jakarta.json.Json.createValue(Prefixes.sparqlDeclarations()).toString() + "); "
                    + "y.focus(); y.setCursor(y.lineCount(), 0); true");
            chromium.type(QUERY);
            String typed = chromium.eval("window.nutrikgYasgui.getTab().getYasqe().getValue()").getAsString().value();
            assertTrue(typed.endsWith(QUERY), typed);
            chromium.eval("document.querySelector('.yasqe_queryButton').click(); true");
            Chromium.await("the results table", () -> bool(chromium,
                    "document.querySelectorAll('.yasr table tbody tr td').length > 2"));

            List<List<String>> shown = Chromium.rows(chromium.eval("Array.from(document.querySelectorAll("
                    + "'.yasr table tbody tr')).map(r => Array.from(r.querySelectorAll('td')).slice(1)"
                    + ".map(c => c.innerText.trim()))"));
            List<String> expected = expected(source);
            assertTrue(expected.size() >= 5, expected.toString());
            assertEquals(expected.size(), shown.size(), shown.toString());
            for (int i = 0; i < expected.size(); i++) {
                String[] want = expected.get(i).split("\t");
                assertEquals("nkr:" + want[0], shown.get(i).get(0), "row " + i + ": " + shown);
                assertTrue(shown.get(i).get(1).contains(want[1]), "row " + i + ": " + shown);
            }

            // the page's CSV download gives the same rows
            String csvUrl = chromium.eval("var a = document.getElementById('download-csv'); "
                    + "a.addEventListener('click', e => e.preventDefault()); a.click(); a.href").getAsString().value();
            String csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csvUrl)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            List<String> lines = csv.lines().toList();
            assertEquals("food,label", lines.get(0), csv);
            assertEquals(expected.size() + 1, lines.size(), csv);
            String jsonUrl = chromium.eval("var j = document.getElementById('download-json'); "
                    + "j.addEventListener('click', e => e.preventDefault()); j.click(); j.href").getAsString().value();
            String json = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(jsonUrl)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(json.contains("\"bindings\""), json);

            String shot = System.getProperty("nutrikg.screenshot");
            if (shot != null && !shot.isBlank()) {
                chromium.eval("window.scrollTo(0, 0); true");
                chromium.screenshot(Path.of(shot));
            }

            // a NutriKG IRI in the results opens its page on this server
            chromium.eval("document.querySelector('.yasr table tbody tr td a[href^=\"https://w3id.org/nutrikg/\"]')"
                    + ".click(); true");
            Chromium.await("the first food's page", () -> {
                try {
                    return chromium.eval("window.location.pathname").getAsString().value()
                            .equals("/resource/" + expected.get(0).split("\t")[0])
                            && bool(chromium, "document.querySelector('h1') !== null");
                } catch (Exception e) {
                    return false;
                }
            });
            String heading = chromium.eval("document.querySelector('h1').textContent").getAsString().value();
            assertEquals(expected.get(0).split("\t")[1], heading);

            // nothing but this server was asked for anything
            List<String> elsewhere = new ArrayList<>();
            for (String url : chromium.requested()) {
                if (!url.startsWith(base + "/") && !url.startsWith("data:") && !url.startsWith("blob:")) {
                    elsewhere.add(url);
                }
            }
            assertEquals(List.of(), elsewhere, "requests that left this server");
            assertTrue(chromium.requested().contains(base + "/nutrikg/sparql"), chromium.requested().toString());
        }
    }

    private static boolean bool(Chromium chromium, String expression) {
        try {
            return chromium.eval(expression).getAsBoolean().value();
        } catch (Exception e) {
            return false;
        }
    }

    /** "LocalName\tlabel" per row, straight from the graph. */
    private static List<String> expected(GraphSource source) {
        Model m = ModelFactory.createModelForGraph(source.graph(false));
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(m).query(Prefixes.sparqlDeclarations() + QUERY).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                out.add(s.getResource("food").getLocalName() + "\t" + s.getLiteral("label").getLexicalForm());
            }
        }
        return out;
    }
}
