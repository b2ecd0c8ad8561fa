// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.nutrikg.model.graph.BundledGraph;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;

import jakarta.json.Json;
import jakarta.json.JsonObject;

class JsonLdWriterTest {

    private static Graph edgeCases() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = JsonLdWriterTest.class.getResourceAsStream("/export/edge-cases.ttl")) {
            RDFDataMgr.read(g, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return g;
    }

    private static String write(Graph g, JsonDocument context) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLdWriter.write(g, context, null, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Reads JSON-LD back as RDF with Titanium's toRdf: the JSON-LD 1.1 algorithm, not this writer's logic. */
    private static Graph readBack(String json) throws Exception {
        DatasetGraph dsg = JenaTitanium.convert(JsonLd.toRdf(JsonDocument.of(new StringReader(json))).get());
        assertEquals(0, countNamed(dsg), "no named graphs");
        return dsg.getDefaultGraph();
    }

    private static int countNamed(DatasetGraph dsg) {
        int n = 0;
        for (var it = dsg.listGraphNodes(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    private static void assertSameGraph(Graph expected, Graph actual) {
        assertEquals(expected.size(), actual.size(), "triple count");
        assertTrue(expected.isIsomorphicWith(actual), "the JSON-LD reads back as the same graph");
    }

    @Test
    void bundledGraphReadsBackAsItself() throws Exception {
        Graph bundled = BundledGraph.read();
        String json = write(bundled, JsonLdWriter.defaultContext());
        assertSameGraph(bundled, readBack(json));
        assertTrue(json.startsWith("{\n    \"@context\": {"), json.substring(0, 40));
        assertTrue(json.contains("\"@graph\": ["), "nodes are in @graph");
    }

    @Test
    void nutriKgsContextIsWrittenNodeByNode() {
        assertTrue(CompactionContext.of(JsonLdWriter.defaultContext().getJsonContent().orElseThrow()).isPresent(),
                "the bundled context is made of plain term definitions only");
    }

    @Test
    void everyAwkwardValueReadsBackAsItself() throws Exception {
        Graph g = edgeCases();
        assertSameGraph(g, readBack(write(g, JsonLdWriter.defaultContext())));
    }

    @Test
    void nutriKgsOwnStrictReaderTakesTheOutputBack() {
        Graph g = edgeCases();
        String json = write(g, JsonLdWriter.defaultContext());
        Graph back = GraphFactory.createDefaultGraph();
        org.w3id.nutrikg.model.io.RdfFiles.parse(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                Lang.JSONLD, "edge-cases.jsonld", org.w3id.nutrikg.model.io.RdfFiles.into(back));
        assertSameGraph(g, back);
    }

    @Test
    void termsAreUsedWhereTheirCoercionFitsAndCompactIrisElsewhere() {
        String json = write(edgeCases(), JsonLdWriter.defaultContext());
        JsonObject kale = node(json, "nkr:Kale");
        assertEquals(Json.createArrayBuilder().add("http://example.org/vocab#Leafy").add("Food").add("PlantFood")
                .build(), kale.get("type"), "types in IRI order, each as its term where the context has one");
        assertTrue(kale.get("label").toString().contains("\"kale\""), kale.get("label").toString());
        assertTrue(kale.get("rdfs:label").toString().contains("\"@language\":\"de\""), kale.toString());
        assertEquals("8.3", kale.getString("amount"));
        assertEquals(Json.createArrayBuilder().add("unit:MilliGM").add(Json.createObjectBuilder().add("@value", "mg"))
                .build(), kale.get("nkg:unit"),
                "the term nkg:unit is typed @id: an IRI is a plain string under it, a string a value object");
        assertEquals(Json.createArrayBuilder().add("nkg:Food").add("nkg:Nutrient").build(), kale.get("unionOf"),
                "a list under a list term is a plain array");
        assertTrue(kale.get("predicate").toString().contains("\"canCause\""), "@vocab terms take the term's name");
        JsonObject spinach = node(json, "nkr:Spinach");
        assertFalse(spinach.containsKey("type"), "a literal is no @type: " + spinach);
        assertTrue(spinach.containsKey("rdf:type"), spinach.toString());
    }

    @Test
    void aTextDirectionIsWrittenAsJsonLdDirection() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(NodeFactory.createURI("https://w3id.org/nutrikg/resource/Kale"),
                NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                NodeFactory.createLiteralDirLang("كرنب", "ar", "rtl")));
        JsonObject kale = node(write(g, JsonLdWriter.defaultContext()), "nkr:Kale");
        // JSON-LD 1.1 keeps the direction in the document; reading it as RDF 1.1 drops it (no rdfDirection)
        assertEquals(Json.createObjectBuilder().add("@value", "كرنب").add("@language", "ar")
                .add("@direction", "rtl").build(), kale.get("rdfs:label"));
    }

    @Test
    void outputIsTheSameEachTime() {
        Graph g = BundledGraph.read();
        assertEquals(write(g, JsonLdWriter.defaultContext()), write(g, JsonLdWriter.defaultContext()));
    }

    @Test
    void aContextBeyondPlainTermsGoesThroughTheFullAlgorithm() throws Exception {
        JsonDocument withVocab = JsonDocument.of(new StringReader(
                "{\"@context\": {\"@vocab\": \"https://w3id.org/nutrikg/ontology#\", \"rdfs\": "
                        + "\"http://www.w3.org/2000/01/rdf-schema#\"}}"));
        assertFalse(CompactionContext.of(withVocab.getJsonContent().orElseThrow()).isPresent());
        Graph g = edgeCases();
        String json = write(g, withVocab);
        assertSameGraph(g, readBack(json));
        assertTrue(json.contains("\"amount\""), "@vocab made the property a bare name");
    }

    @Test
    void aContextWithAliasesAndPrefixFlagsIsHonoured() throws Exception {
        JsonDocument context = JsonDocument.of(new StringReader("""
                {"@context": {
                  "@version": 1.1,
                  "ident": "@id", "kind": "@type",
                  "ex": {"@id": "http://example.org/", "@prefix": true},
                  "nk": "https://w3id.org/nutrikg/ontology#",
                  "noprefix": {"@id": "https://w3id.org/nutrikg/resource/"},
                  "name": {"@id": "http://www.w3.org/2000/01/rdf-schema#label"},
                  "nk:amount": {"@type": "http://www.w3.org/2001/XMLSchema#decimal"}
                }}"""));
        assertTrue(CompactionContext.of(context.getJsonContent().orElseThrow()).isPresent());
        Graph g = edgeCases();
        String json = write(g, context);
        assertSameGraph(g, readBack(json));
        assertTrue(json.contains("\"ident\": \"https://w3id.org/nutrikg/resource/Kale\""),
                "a term without the prefix flag makes no compact IRIs");
        assertTrue(json.contains("\"nk:amount\": ["), json);
        assertTrue(json.contains("\"kind\": ["), json);
        assertTrue(json.contains("\"ex:other\""), json);
    }

    @Test
    void streamedTriplesReadBackAsTheGraphWhateverTheirOrder() throws Exception {
        Graph g = edgeCases();
        java.util.List<Triple> triples = new java.util.ArrayList<>(g.find().toList());
        // a subject whose triples come apart gets two node objects, which JSON-LD merges on reading
        java.util.Collections.shuffle(triples, new java.util.Random(7));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        org.apache.jena.riot.system.StreamRDF stream = JsonLdWriter.stream(JsonLdWriter.defaultContext(), out)
                .orElseThrow();
        stream.start();
        triples.forEach(stream::triple);
        stream.finish();
        String json = out.toString(StandardCharsets.UTF_8);
        assertSameGraph(g, readBack(json));
        assertTrue(json.endsWith("]\n}\n"), "one document, ended by a line end");
    }

    @Test
    void streamedBlankNodeLabelsAreKeptAndMadeSafe() {
        assertEquals("_:bab-1.x", StreamedJsonLdWriter.blankId(NodeFactory.createBlankNode("ab-1.x")));
        assertEquals("_:ba_2f_b_20_", StreamedJsonLdWriter.blankId(NodeFactory.createBlankNode("a/b ")));
    }

    @Test
    void nothingStreamedIsAnEmptyGraph() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var stream = JsonLdWriter.stream(JsonLdWriter.defaultContext(), out).orElseThrow();
        stream.start();
        stream.finish();
        assertEquals(0, readBack(out.toString(StandardCharsets.UTF_8)).size());
    }

    private static JsonObject node(String json, String id) {
        return Json.createReader(new StringReader(json)).readObject().getJsonArray("@graph").stream()
                .map(v -> v.asJsonObject()).filter(o -> id.equals(o.getString("id", null))).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + id));
    }
}
