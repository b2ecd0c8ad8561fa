// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.nutrikg.model.graph.BundledGraph;
import org.w3id.nutrikg.model.linked.Descriptions;
import org.w3id.nutrikg.model.linked.RdfMediaType;
import org.w3id.nutrikg.model.vocab.NKG;
import org.w3id.nutrikg.model.vocab.NKR;

/** The site as a home for the IRIs on a static host: a file per term and syntax, and the w3id.org rules. */
class PublicationTest {

    private static final String SITE = "https://example.org/nutrikg/";
    private static final Node B12 = NodeFactory.createURI(NKR.NS + "VitaminB12");

    private static Graph graph;
    private static SortedMap<String, String> files;

    @BeforeAll
    static void render() {
        graph = BundledGraph.read();
        files = DocsOperation.render(graph, SITE);
    }

    private static Graph parse(String text, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).lang(lang).parse(g);
        return g;
    }

    @Test
    void eachTermHasAFilePerSyntaxWithItsDescription() {
        Graph expected = Descriptions.of(graph, B12.getURI()).orElseThrow();
        for (RdfMediaType t : RdfMediaType.values()) {
            String text = files.get("resource/VitaminB12." + t.extension());
            assertTrue(text != null, t.toString());
            Graph g = parse(text, RDFLanguages.contentTypeToLang(t.mediaType()));
            assertTrue(expected.isIsomorphicWith(g), t + ":\n" + text);
        }
        Graph ttl = parse(files.get("resource/VitaminB12.ttl"), Lang.TURTLE);
        assertTrue(ttl.contains(B12, RDFS.label.asNode(), NodeFactory.createLiteralLang("vitamin B12", "en")));
        assertTrue(files.get("resource/VitaminB12.html").contains("<h1>vitamin B12</h1>"));
        Graph ontology = parse(files.get("ontology.ttl"), Lang.TURTLE);
        assertTrue(ontology.contains(NodeFactory.createURI(NKG.NS + "Food"), RDFS.label.asNode(), Node.ANY));
        assertTrue(files.get("ontology.html").contains("id=\"Food\""));
        assertTrue(files.containsKey("void.ttl"));
    }

    @Test
    void everyIndividualHasItsFiles() {
        long individuals = graph.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), Node.ANY)
                .mapWith(t -> t.getSubject()).filterKeep(s -> s.isURI() && s.getURI().startsWith(NKR.NS)).toSet()
                .size();
        long pages = files.keySet().stream().filter(p -> p.startsWith("resource/") && p.endsWith(".html")).count();
        assertEquals(individuals, pages);
        for (String ext : List.of("ttl", "jsonld", "nt", "rdf")) {
            assertEquals(pages, files.keySet().stream().filter(p -> p.startsWith("resource/") && p.endsWith("." + ext))
                    .count(), ext);
        }
    }

    /** Each rule of the w3id.org entry sends the IRI to a file the site has, for the syntax the rule names. */
    @Test
    void theW3idRulesLeadToTheFiles() {
        String rules = files.get(".htaccess");
        assertTrue(rules.contains("RewriteEngine on"), rules);
        Pattern rule = Pattern.compile("RewriteCond %\\{HTTP_ACCEPT\\} (\\S+)\\nRewriteRule \\^(\\S+)\\$ " + Pattern.quote(SITE)
                + "(\\S+) \\[R=303,L\\]");
        Matcher m = rule.matcher(rules);
        List<String> types = new ArrayList<>();
        while (m.find()) {
            String type = m.group(1).replace("\\+", "+");
            RdfMediaType t = RdfMediaType.ofMediaType(type).orElseThrow(() -> new AssertionError(type));
            String target = m.group(3);
            assertTrue(target.endsWith("." + t.extension()), target);
            String file = target.replace("$1", "VitaminB12");
            assertTrue(files.containsKey(file), file);
            types.add(m.group(2) + " " + t.extension());
        }
        assertEquals(8, types.size(), types.toString());
        for (RdfMediaType t : RdfMediaType.values()) {
            assertTrue(rules.contains("format=" + t.extension()), t.toString());
        }
        assertTrue(rules.contains("RewriteRule ^resource/([A-Za-z0-9_.-]+)$ " + SITE + "resource/$1.html [R=303,L]"));
        assertTrue(rules.contains("RewriteRule ^ontology$ " + SITE + "ontology.html [R=303,L]"));
        // the HTML default comes after the RDF rules, so that a client naming an RDF syntax gets it
        assertTrue(rules.indexOf("resource/$1.html") > rules.indexOf("resource/$1.rdf [R=303,L]"));
    }

    @Test
    void withoutASiteUrlThereAreNoRules() {
        SortedMap<String, String> plain = DocsOperation.render(graph);
        assertFalse(plain.containsKey(".htaccess"));
        assertTrue(plain.containsKey("resource/VitaminB12.ttl"));
    }
}
