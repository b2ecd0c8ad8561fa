// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.linked;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.nutrikg.model.vocab.NKG;
import org.w3id.nutrikg.model.vocab.NKR;
import org.w3id.nutrikg.model.vocab.Prefixes;

/** The VoID description of the served dataset and the SPARQL 1.1 service description of its endpoint. */
public final class DatasetDescriptions {

    /** The VoID namespace. */
    public static final String VOID = "http://rdfs.org/ns/void#";
    /** The SPARQL 1.1 Service Description namespace. */
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";

    private static final Node TYPE = RDF.type.asNode();

    private DatasetDescriptions() {
    }

    /**
     * The VoID description of the graph: title, licence, the endpoint, where its IRIs live, its vocabulary,
     * how many triples, subjects and classes. {@code dataset} is the IRI given to the dataset,
     * {@code sparqlEndpoint} the endpoint's URL (or null for none), {@code dump} a data dump's URL (or null).
     */
    public static Graph voidOf(Graph graph, String dataset, String sparqlEndpoint, String dump) {
        Graph out = newGraph();
        Node d = NodeFactory.createURI(dataset);
        out.add(d, TYPE, v("Dataset"));
        Node ontology = NodeFactory.createURI(Descriptions.ONTOLOGY);
        graph.find(ontology, DCTerms.title.asNode(), Node.ANY).forEachRemaining(t -> out.add(d, t.getPredicate(), t.getObject()));
        graph.find(ontology, DCTerms.description.asNode(), Node.ANY)
                .forEachRemaining(t -> out.add(d, t.getPredicate(), t.getObject()));
        graph.find(ontology, DCTerms.license.asNode(), Node.ANY).forEachRemaining(t -> out.add(d, t.getPredicate(), t.getObject()));
        if (sparqlEndpoint != null) {
            out.add(d, v("sparqlEndpoint"), NodeFactory.createURI(sparqlEndpoint));
        }
        if (dump != null) {
            out.add(d, v("dataDump"), NodeFactory.createURI(dump));
        }
        out.add(d, v("uriSpace"), NodeFactory.createLiteralString(NKR.NS));
        out.add(d, v("vocabulary"), NodeFactory.createURI(NKG.NS));
        out.add(d, v("vocabulary"), ontology);
        Node example = NodeFactory.createURI(NKR.NS + "VitaminB12");
        if (graph.contains(example, Node.ANY, Node.ANY)) {
            out.add(d, v("exampleResource"), example);
        }
        Set<Node> subjects = new HashSet<>();
        Set<Node> classes = new HashSet<>();
        Set<Node> properties = new HashSet<>();
        long[] triples = {0};
        graph.find().forEachRemaining(t -> {
            triples[0]++;
            subjects.add(t.getSubject());
            properties.add(t.getPredicate());
            if (t.getPredicate().equals(TYPE)) {
                classes.add(t.getObject());
            }
        });
        out.add(d, v("triples"), count(triples[0]));
        out.add(d, v("distinctSubjects"), count(subjects.size()));
        out.add(d, v("properties"), count(properties.size()));
        out.add(d, v("classes"), count(classes.size()));
        return out;
    }

    /** The service description of a read-only (or, with {@code update}, read-write) SPARQL endpoint. */
    public static Graph service(String endpoint, String voidDataset, boolean update) {
        Graph out = newGraph();
        Node s = NodeFactory.createURI(endpoint + "#service");
        out.add(s, TYPE, sd("Service"));
        out.add(s, sd("endpoint"), NodeFactory.createURI(endpoint));
        out.add(s, sd("supportedLanguage"), sd("SPARQL11Query"));
        if (update) {
            out.add(s, sd("supportedLanguage"), sd("SPARQL11Update"));
        }
        for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
            "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML", "JSON-LD"}) {
            out.add(s, sd("resultFormat"), NodeFactory.createURI("http://www.w3.org/ns/formats/" + f));
        }
        Node dataset = NodeFactory.createBlankNode();
        Node graph = NodeFactory.createBlankNode();
        out.add(s, sd("defaultDataset"), dataset);
        out.add(dataset, TYPE, sd("Dataset"));
        out.add(dataset, sd("defaultGraph"), graph);
        out.add(graph, TYPE, sd("Graph"));
        if (voidDataset != null) {
            out.add(graph, NodeFactory.createURI(DCTerms.getURI() + "source"), NodeFactory.createURI(voidDataset));
        }
        return out;
    }

    private static Node count(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node v(String local) {
        return NodeFactory.createURI(VOID + local);
    }

    private static Node sd(String local) {
        return NodeFactory.createURI(SD + local);
    }

    private static Graph newGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Prefixes.mapping());
        g.getPrefixMapping().setNsPrefix("void", VOID);
        g.getPrefixMapping().setNsPrefix("sd", SD);
        g.getPrefixMapping().setNsPrefix("formats", "http://www.w3.org/ns/formats/");
        return g;
    }
}
