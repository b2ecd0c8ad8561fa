// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

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
        RdfFiles.parse(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                Lang.JSONLD, "edge-cases.jsonld", RdfFiles.into(back));
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
        assertEquals("unit:MilliGM", kale.getString("nkg:unit"), "the term nkg:unit is typed @id: an IRI fits it");
        assertEquals("mg", kale.getString("https://w3id.org/nutrikg/ontology#unit"),
                "a string does not fit nkg:unit, and the compact IRI is that term: the IRI itself, as JSON-LD does");
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
        assertTrue(json.contains("\"nk:amount\": \"8.3\""), json);
        assertTrue(json.contains("\"https://w3id.org/nutrikg/ontology#amount\": ["), json);
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

    private static JsonDocument context(String json) throws Exception {
        return JsonDocument.of(new StringReader(json));
    }

    private static Graph turtle(String ttl) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(g, new java.io.StringReader(ttl), null, Lang.TURTLE);
        return g;
    }

    /** Titanium's compaction of {@code g} (from RDF, then compacted): what the JSON-LD 1.1 algorithms choose. */
    private static JsonObject titaniumCompact(Graph g, JsonDocument context) throws Exception {
        var expanded = JsonLd.fromRdf(com.apicatalog.jsonld.document.RdfDocument.of(
                JenaTitanium.convert(org.apache.jena.sparql.core.DatasetGraphFactory.wrap(g)))).get();
        return JsonLd.compact(JsonDocument.of(expanded), context).get();
    }

    /** The node objects of a compacted document by identifier, each array sorted: the same for equal choices. */
    private static java.util.Map<String, JsonObject> nodesById(JsonObject document, String idKey) {
        jakarta.json.JsonArray graph = document.containsKey("@graph") ? document.getJsonArray("@graph")
                : Json.createArrayBuilder().add(Json.createObjectBuilder(document).remove("@context")).build();
        java.util.Map<String, JsonObject> nodes = new java.util.TreeMap<>();
        for (jakarta.json.JsonValue v : graph) {
            var b = Json.createObjectBuilder();
            v.asJsonObject().forEach((k, x) -> b.add(k, x instanceof jakarta.json.JsonArray a
                    ? Json.createArrayBuilder(a.stream().sorted(java.util.Comparator.comparing(Object::toString))
                            .toList()).build() : x));
            nodes.put(v.asJsonObject().getString(idKey), b.build());
        }
        return nodes;
    }

    private static void assertSameChoicesAsTitanium(Graph g, JsonDocument context, String idKey) throws Exception {
        JsonObject ours = Json.createReader(new StringReader(write(g, context))).readObject();
        assertEquals(nodesById(titaniumCompact(g, context), idKey), nodesById(ours, idKey),
                "the same terms, compact IRIs and value forms as the JSON-LD 1.1 compaction algorithm");
    }

    private static Graph withoutBlankNodes(Graph g) {
        Graph ground = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(t -> {
            if (!t.getSubject().isBlank() && !t.getObject().isBlank()) {
                ground.add(t);
            }
        });
        return ground;
    }

    @Test
    void anIriThatReadsAsACompactIriIsRefusedAsTheAlgorithmRefusesIt() throws Exception {
        JsonDocument context = context("{\"@context\": {\"doi\": \"https://doi.org/\", "
                + "\"ex\": \"http://example.org/\"}}");
        Graph g = turtle("<http://example.org/paper> <http://example.org/cites> <doi:10.1000/x> .");
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.w3id.nutrikg.model.BadInputException.class,
                () -> write(g, context));
        assertEquals("JSON-LD context", e.source());
        assertTrue(e.getMessage().contains("'doi:10.1000/x'") && e.getMessage().contains("prefix 'doi'"),
                e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(com.apicatalog.jsonld.JsonLdError.class,
                () -> titaniumCompact(g, context), "Titanium refuses it too (IRI confused with prefix)");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var stream = JsonLdWriter.stream(context, out).orElseThrow();
        stream.start();
        org.junit.jupiter.api.Assertions.assertThrows(org.w3id.nutrikg.model.BadInputException.class, () -> {
            g.find().forEachRemaining(stream::triple);
            stream.finish();
        }, "streamed too");
    }

    @Test
    void anIriWithTheSchemeOfATermThatIsNoPrefixIsWrittenAsItIs() throws Exception {
        JsonDocument context = context("{\"@context\": {\"doi\": {\"@id\": \"https://doi.org/\"}, "
                + "\"ex\": \"http://example.org/\"}}");
        Graph g = turtle("<http://example.org/paper> <http://example.org/cites> <doi:10.1000/x> .");
        String json = write(g, context);
        assertTrue(json.contains("\"doi:10.1000/x\""), json);
        assertSameGraph(g, readBack(json));
    }

    @Test
    void anIriNamedLikeATermForAnotherIriIsRefusedOnlyWhereTermsApply() throws Exception {
        // "doi:q" is a term for http://example.org/q (its prefix is a term, though not a prefix)
        JsonDocument context = context("{\"@context\": {\"doi\": {\"@id\": \"http://example.org/\"}, "
                + "\"doi:q\": {\"@type\": \"@id\"}}}");
        Graph asValue = turtle("<http://example.org/s> <http://example.org/p> <doi:q> .");
        String json = write(asValue, context);
        assertTrue(json.contains("\"@id\": \"doi:q\""), "an identifier is not read as a term: " + json);
        assertSameGraph(asValue, readBack(json));
        Graph asType = turtle("<http://example.org/s> a <doi:q> .");
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.w3id.nutrikg.model.BadInputException.class,
                () -> write(asType, context));
        assertTrue(e.getMessage().contains("defines as a term for something else"), e.getMessage());
    }

    @Test
    void theShortestCompactIriIsChosenThenTheLeastAsTheAlgorithmDoes() throws Exception {
        JsonDocument context = context("""
                {"@context": {"example": "http://example.org/", "zz": "http://example.org/long/",
                  "b": "http://example.org/", "a": "http://example.org/", "yy": "http://example.org/long/",
                  "alongerprefix": "http://example.org/long/"}}""");
        Graph g = turtle("<http://example.org/long/node> <http://example.org/long/p> <http://example.org/x> .");
        String json = write(g, context);
        // JSON-LD 1.1, IRI compaction 7.3: the shortest candidate, then the lexicographically least of those
        assertTrue(json.contains("\"@id\": \"yy:node\""), "yy:node, not alongerprefix:node, a:long/node nor zz:node: " + json);
        assertTrue(json.contains("\"yy:p\": {"), json);
        assertTrue(json.contains("\"@id\": \"a:x\""), json);
        assertSameGraph(g, readBack(json));
        // Titanium 1.7 takes the lexicographically least whatever its length: its choices differ here
        assertTrue(titaniumCompact(g, context).toString().contains("\"a:long/node\""));
    }

    @Test
    void aSetTermIsPreferredAndWrittenAsAnArray() throws Exception {
        JsonDocument context = context("""
                {"@context": {"ex": "http://example.org/",
                  "tag": "http://example.org/tag",
                  "tags": {"@id": "http://example.org/tag", "@container": "@set"},
                  "one": {"@id": "http://example.org/one", "@container": "@set"}}}""");
        Graph g = turtle("<http://example.org/a> <http://example.org/one> \"only\" ; "
                + "<http://example.org/tag> \"t1\", \"t2\"@de, <http://example.org/b> .");
        String json = write(g, context);
        JsonObject a = Json.createReader(new StringReader(json)).readObject();
        assertEquals(Json.createArrayBuilder().add("only").build(), a.getJsonArray("@graph").getJsonObject(0)
                .get("one"), "a @set term's one value is an array");
        assertSameChoicesAsTitanium(g, context, "@id");
        assertSameGraph(g, readBack(json));
    }

    @Test
    void groundGraphsGetTheChoicesOfTheCompactionAlgorithm() throws Exception {
        // contexts where no IRI has two compact IRIs of different lengths, on which Titanium 1.7 departs from
        // the algorithm (see theShortestCompactIriIsChosenThenTheLeastAsTheAlgorithmDoes)
        assertSameChoicesAsTitanium(withoutBlankNodes(edgeCases()), JsonLdWriter.defaultContext(), "id");
        assertSameChoicesAsTitanium(withoutBlankNodes(BundledGraph.read()), JsonLdWriter.defaultContext(), "id");
        JsonDocument context = context("""
                {"@context": {
                  "ident": "@id", "kind": "@type",
                  "ex": {"@id": "http://example.org/", "@prefix": true},
                  "nk": "https://w3id.org/nutrikg/ontology#",
                  "nkr": "https://w3id.org/nutrikg/resource/",
                  "name": {"@id": "http://www.w3.org/2000/01/rdf-schema#label"},
                  "nameDe": {"@id": "http://www.w3.org/2000/01/rdf-schema#label", "@language": "de"},
                  "noLang": {"@id": "http://www.w3.org/2000/01/rdf-schema#label", "@language": null},
                  "Food": {"@id": "nk:Food", "@type": "@id"},
                  "PlantFood": {"@id": "nk:PlantFood", "@type": "@vocab"},
                  "nk:amount": {"@type": "http://www.w3.org/2001/XMLSchema#decimal"},
                  "predicate": {"@id": "nk:predicate", "@type": "@vocab"},
                  "seeAlso": {"@id": "http://www.w3.org/2000/01/rdf-schema#seeAlso", "@container": "@set"}
                }}""");
        assertSameChoicesAsTitanium(withoutBlankNodes(edgeCases()), context, "ident");
    }

    private static JsonObject node(String json, String id) {
        return Json.createReader(new StringReader(json)).readObject().getJsonArray("@graph").stream()
                .map(v -> v.asJsonObject()).filter(o -> id.equals(o.getString("id", null))).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + id));
    }
}
