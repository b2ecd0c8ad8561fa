// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.nutrikg.model.graph.GraphSource;
import org.w3id.nutrikg.model.graph.GraphSources;
import org.w3id.nutrikg.model.graph.GraphSpec;
import org.w3id.nutrikg.model.linked.DatasetDescriptions;
import org.w3id.nutrikg.model.linked.RdfMediaType;
import org.w3id.nutrikg.model.vocab.NKG;
import org.w3id.nutrikg.model.vocab.NKR;

/** The IRIs of the bundled graph looked up on a served endpoint, as a person's browser and a crawler do. */
class LinkedDataTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Node B12 = NodeFactory.createURI(NKR.NS + "VitaminB12");
    private static final Node LABEL = RDFS.label.asNode();
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static GraphSource source;
    private static Endpoint endpoint;

    @BeforeAll
    static void start() {
        source = GraphSources.open(GraphSpec.bundledGraph());
        endpoint = Endpoint.start(source.datasetGraph(),
                new ServeOptions("127.0.0.1", 0, false, false, Duration.ofSeconds(30)), r -> { });
    }

    @AfterAll
    static void stop() {
        endpoint.close();
        source.close();
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + path));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).lang(lang).parse(g);
        return g;
    }

    private static void assertIsomorphic(Graph expected, Graph actual, String what) {
        assertTrue(expected.isIsomorphicWith(actual), what + ": not the same graph\nexpected:\n" + expected
                + "\nactual:\n" + actual);
    }

    @Test
    void turtleOfAResourceParsesAndHoldsItsLabelItsLinksAndItsClaims() throws Exception {
        HttpResponse<String> r = get("/resource/VitaminB12", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("text/turtle; charset=utf-8", r.headers().firstValue("Content-Type").orElse("").toLowerCase()
                .replace(";charset", "; charset"));
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        assertTrue(r.body().contains("rdfs:label \"vitamin B12\"@en"), r.body());

        Graph g = parse(r.body(), Lang.TURTLE);
        assertTrue(g.contains(B12, LABEL, NodeFactory.createLiteralLang("vitamin B12", "en")));
        assertTrue(g.contains(B12, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang("cobalamin", "en")));
        // what it points at comes with its label
        Node energy = NodeFactory.createURI(NKR.NS + "EnergyProduction");
        assertTrue(g.contains(B12, NodeFactory.createURI(NKG.NS + "supportsFunction"), energy));
        assertTrue(g.contains(energy, LABEL, Node.ANY), "the label of an object");
        // the claims about it come with their quotes
        List<Node> claims = g.find(Node.ANY, NodeFactory.createURI(NKG.NS + "subject"), B12)
                .mapWith(t -> t.getSubject()).toList();
        assertFalse(claims.isEmpty(), "claims whose subject is vitamin B12");
        assertTrue(g.contains(claims.get(0), NodeFactory.createURI(NKG.NS + "evidenceQuote"), Node.ANY));
        // and only what is about it: another nutrient's own triples are not there
        assertFalse(g.contains(NodeFactory.createURI(NKR.NS + "Potassium"), NodeFactory.createURI(NKG.NS
                + "hasFoodSource"), Node.ANY));
    }

    @Test
    void everyRdfMediaTypeGivesTheSameGraph() throws Exception {
        Graph turtle = parse(get("/resource/VitaminB12", "text/turtle").body(), Lang.TURTLE);
        for (RdfMediaType type : RdfMediaType.values()) {
            HttpResponse<String> r = get("/resource/VitaminB12", type.mediaType());
            assertEquals(200, r.statusCode(), type + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type.mediaType()),
                    type + ": " + r.headers().map());
            Lang lang = RDFLanguages.contentTypeToLang(type.mediaType());
            assertIsomorphic(turtle, parse(r.body(), lang), type.toString());
        }
    }

    @Test
    void jsonLdIsCompactedWithTheProjectsContext() throws Exception {
        HttpResponse<String> r = get("/resource/VitaminB12", "application/ld+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"@context\""), r.body());
        assertTrue(r.body().contains("\"nkr\": \"https://w3id.org/nutrikg/resource/\""), "the context is inline");
        assertTrue(r.body().contains("\"nkr:VitaminB12\""), "IRIs are compacted");
    }

    @Test
    void aBrowserGetsThePageWithLinksThatStayOnTheServer() throws Exception {
        HttpResponse<String> r = get("/resource/VitaminB12", BROWSER);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        String page = r.body();
        assertTrue(page.contains("<h1>vitamin B12</h1>"), page);
        assertTrue(page.contains("should not replace professional medical advice"), "the disclaimer");
        assertTrue(page.contains("href=\"/resource/EnergyProduction\""), "relations link to their IRIs' paths");
        assertTrue(page.contains("href=\"/ontology#Vitamin\""), "classes link to the ontology page");
        assertFalse(page.contains("individuals/"), "no links into the static site's folders");
        assertTrue(page.contains("href=\"/resource/VitaminB12?format=ttl\""), "links to the RDF");
        // every link to this server answers
        Matcher m = Pattern.compile("href=\"(/[^\"#]*)").matcher(page);
        int checked = 0;
        while (m.find() && checked < 40) {
            String path = m.group(1).replace("&amp;", "&");
            assertEquals(200, get(path, BROWSER).statusCode(), path);
            checked++;
        }
        assertTrue(checked > 10, "links checked: " + checked);
    }

    @Test
    void theFormatParameterOverridesAccept() throws Exception {
        HttpResponse<String> ttl = get("/resource/VitaminB12?format=ttl", BROWSER);
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(parse(ttl.body(), Lang.TURTLE).contains(B12, LABEL, Node.ANY));
        for (RdfMediaType type : RdfMediaType.values()) {
            HttpResponse<String> r = get("/resource/VitaminB12?format=" + type.extension(), "text/html");
            assertEquals(200, r.statusCode(), type.toString());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type.mediaType()), type.toString());
        }
        HttpResponse<String> html = get("/resource/VitaminB12?format=html", "text/turtle");
        assertTrue(html.body().contains("<h1>vitamin B12</h1>"));
        HttpResponse<String> bad = get("/resource/VitaminB12?format=yaml", null);
        assertEquals(400, bad.statusCode());
        assertEquals("unknown format 'yaml' (expected: ttl, jsonld, nt, rdf, html)\n", bad.body());
    }

    @Test
    void anUnknownTermIs404WithNearMatches() throws Exception {
        HttpResponse<String> page = get("/resource/VitaminB21", BROWSER);
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("href=\"/resource/VitaminB12\""), page.body());
        assertTrue(page.body().contains("should not replace professional medical advice"));
        HttpResponse<String> rdf = get("/resource/VitaminB21", "text/turtle");
        assertEquals(404, rdf.statusCode());
        assertTrue(rdf.body().startsWith("no term https://w3id.org/nutrikg/resource/VitaminB21 in this graph (did "
                + "you mean "), rdf.body());
        assertTrue(rdf.body().contains("'VitaminB12' https://w3id.org/nutrikg/resource/VitaminB12"), rdf.body());
        HttpResponse<String> byLabel = get("/resource/cobalamine", BROWSER);
        assertEquals(404, byLabel.statusCode());
        assertTrue(byLabel.body().contains("href=\"/resource/VitaminB12\""), "a label near the name: " + byLabel.body());
    }

    @Test
    void aTypeItCannotGiveIs406() throws Exception {
        HttpResponse<String> r = get("/resource/VitaminB12", "application/xml, image/png");
        assertEquals(406, r.statusCode());
        assertTrue(r.body().contains("text/turtle"), "says what it can give: " + r.body());
        assertEquals(406, get("/ontology", "text/turtle;q=0, text/html;q=0, application/pdf").statusCode());
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws Exception {
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port()
                + "/resource/VitaminB12")).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(""));
        HttpResponse<String> head = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port()
                + "/resource/VitaminB12")).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
    }

    @Test
    void theOntologyAnswersForEveryHashIri() throws Exception {
        Graph g = parse(get("/ontology", "text/turtle").body(), Lang.TURTLE);
        Node food = NodeFactory.createURI(NKG.NS + "Food");
        assertTrue(g.contains(food, LABEL, Node.ANY));
        assertTrue(g.contains(NodeFactory.createURI(NKG.NS + "foodSourceOf"), LABEL, Node.ANY));
        assertTrue(g.contains(NodeFactory.createURI("https://w3id.org/nutrikg/ontology"), Node.ANY, Node.ANY));
        assertFalse(g.contains(B12, Node.ANY, Node.ANY), "no individual's own triples");
        String page = get("/ontology", BROWSER).body();
        assertTrue(page.contains("id=\"Food\""), "a section per class");
        assertTrue(page.contains("id=\"foodSourceOf\""), "a section per property");
    }

    @Test
    void theHomePageHasTheOverviewAndLeadsToTheQueryPage() throws Exception {
        HttpResponse<String> home = get("/", BROWSER);
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("should not replace professional medical advice"));
        assertTrue(home.body().contains("<svg"), "the diagrams");
        assertTrue(home.body().contains("href=\"/query\""));

        HttpResponse<String> query = get("/query", BROWSER);
        assertEquals(200, query.statusCode());
        String page = query.body();
        assertTrue(page.contains("should not replace professional medical advice"));
        assertTrue(page.contains("food-sources"), "the named queries are examples");
        // nothing is loaded from elsewhere: every script and style sheet is on this server, and answers
        Matcher m = Pattern.compile("<(?:script|link)[^>]*(?:src|href)=\"([^\"]*)\"").matcher(page);
        int assets = 0;
        while (m.find()) {
            String url = m.group(1);
            assertTrue(url.startsWith("/"), "loaded from elsewhere: " + url);
            HttpResponse<String> r = get(url, "*/*");
            assertEquals(200, r.statusCode(), url);
            assertTrue(r.body().length() > 1000, url);
            assets++;
        }
        assertEquals(3, assets, "style.css, yasgui.min.css, yasgui.min.js");
    }

    @Test
    void theVoidDescriptionNamesTheEndpointAndTheCounts() throws Exception {
        HttpResponse<String> r = get("/.well-known/void", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = parse(r.body(), Lang.TURTLE);
        String base = "http://127.0.0.1:" + endpoint.port();
        Node dataset = NodeFactory.createURI(base + "/.well-known/void#nutrikg");
        assertTrue(g.contains(dataset, NodeFactory.createURI(DatasetDescriptions.VOID + "sparqlEndpoint"),
                NodeFactory.createURI(base + "/nutrikg/sparql")), r.body());
        Node triples = g.find(dataset, NodeFactory.createURI(DatasetDescriptions.VOID + "triples"), Node.ANY).next()
                .getObject();
        assertTrue(Long.parseLong(triples.getLiteralLexicalForm()) > 1000, triples.toString());
        assertTrue(g.contains(dataset, NodeFactory.createURI(DatasetDescriptions.VOID + "exampleResource"), B12));
    }

    @Test
    void theEndpointDescribesItselfWhenAskedWithoutAQuery() throws Exception {
        HttpResponse<String> r = get("/nutrikg/sparql", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        Graph g = parse(r.body(), Lang.TURTLE);
        String url = "http://127.0.0.1:" + endpoint.port() + "/nutrikg/sparql";
        assertTrue(g.contains(Node.ANY, NodeFactory.createURI(DatasetDescriptions.SD + "endpoint"),
                NodeFactory.createURI(url)), r.body());
        assertTrue(g.contains(Node.ANY, NodeFactory.createURI(DatasetDescriptions.SD + "supportedLanguage"),
                NodeFactory.createURI(DatasetDescriptions.SD + "SPARQL11Query")));
        assertFalse(g.contains(Node.ANY, NodeFactory.createURI(DatasetDescriptions.SD + "supportedLanguage"),
                NodeFactory.createURI(DatasetDescriptions.SD + "SPARQL11Update")), "read-only");
        HttpResponse<String> browser = get("/nutrikg/sparql", BROWSER);
        assertEquals(303, browser.statusCode());
        assertEquals("/query", browser.headers().firstValue("Location").orElse(""));
        // a query is still a query
        HttpResponse<String> ask = get("/nutrikg/sparql?query=ASK%7B%7D", "application/sparql-results+json");
        assertEquals(200, ask.statusCode());
        assertTrue(ask.body().contains("\"boolean\""), ask.body());
    }

    /** With updates allowed, what an update adds is at its IRI at the next request. */
    @Test
    void anUpdatedGraphAnswersWithItsNewTerms() throws Exception {
        org.apache.jena.sparql.core.DatasetGraph dsg = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        try (Endpoint rw = Endpoint.start(dsg, new ServeOptions("127.0.0.1", 0, true, false, Duration.ofSeconds(30)),
                r -> { })) {
            String base = "http://127.0.0.1:" + rw.port();
            HttpResponse<String> before = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/resource/Kiwi"))
                    .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, before.statusCode());
            HttpResponse<String> update = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/nutrikg/update"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <" + NKR.NS + "Kiwi> a <" + NKG.NS
                            + "Food> ; <" + RDFS.getURI() + "label> \"kiwi\"@en }")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(update.statusCode() == 200 || update.statusCode() == 204, update.body());
            HttpResponse<String> after = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/resource/Kiwi"))
                    .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, after.statusCode(), after.body());
            assertTrue(parse(after.body(), Lang.TURTLE).contains(NodeFactory.createURI(NKR.NS + "Kiwi"), LABEL,
                    NodeFactory.createLiteralLang("kiwi", "en")), after.body());
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/resource/Kiwi"))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(page.body().contains("<h1>kiwi</h1>"), page.body());
        }
    }
}
