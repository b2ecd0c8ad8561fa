// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class InferenceTest {

    private static final String TTL = """
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix nkg: <https://w3id.org/nutrikg/ontology#> .
            @prefix nkr: <https://w3id.org/nutrikg/resource/> .
            nkg:Electrolyte rdfs:subClassOf nkg:Mineral . nkg:Mineral rdfs:subClassOf nkg:Nutrient .
            nkg:foodSourceOf a owl:ObjectProperty ; owl:inverseOf nkg:hasFoodSource ; rdfs:domain nkg:Food .
            nkg:inFoodGroup a owl:ObjectProperty, owl:TransitiveProperty .
            nkr:Potassium a nkg:Electrolyte .
            nkr:Bananas nkg:foodSourceOf nkr:Potassium .
            nkr:Salmon nkg:inFoodGroup nkr:Fish . nkr:Fish nkg:inFoodGroup nkr:AnimalFoods .
            """;

    private static Graph base() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(TTL, Lang.TURTLE).parse(g);
        return g;
    }

    private static Node nkr(String local) {
        return NodeFactory.createURI("https://w3id.org/nutrikg/resource/" + local);
    }

    private static Node nkg(String local) {
        return NodeFactory.createURI("https://w3id.org/nutrikg/ontology#" + local);
    }

    @Test
    void owlAddsInverseTransitiveSuperclassAndDomain() {
        Graph inferred = Inference.entailments(base(), Reasoning.OWL);
        assertTrue(inferred.contains(nkr("Potassium"), nkg("hasFoodSource"), nkr("Bananas")));
        assertTrue(inferred.contains(nkr("Salmon"), nkg("inFoodGroup"), nkr("AnimalFoods")));
        assertTrue(inferred.contains(nkr("Potassium"), RDF.type.asNode(), nkg("Nutrient")));
        assertTrue(inferred.contains(nkr("Bananas"), RDF.type.asNode(), nkg("Food")));
    }

    @Test
    void reasonerBookkeepingIsLeftOut() {
        Graph inferred = Inference.entailments(base(), Reasoning.OWL);
        assertFalse(inferred.contains(Node.ANY, RDF.type.asNode(), RDFS.Resource.asNode()));
        assertFalse(inferred.contains(Node.ANY, RDF.type.asNode(), OWL.Thing.asNode()));
        assertFalse(inferred.contains(Node.ANY, OWL.sameAs.asNode(), Node.ANY));
        inferred.find().forEach(t -> assertFalse(t.getSubject().isBlank() || t.getObject().isBlank(), t::toString));
        inferred.find().forEach(t -> assertFalse(base().contains(t), () -> "already asserted: " + t));
    }

    @Test
    void rdfsHasNoInverses() {
        Graph inferred = Inference.entailments(base(), Reasoning.RDFS);
        assertFalse(inferred.contains(Triple.create(nkr("Potassium"), nkg("hasFoodSource"), nkr("Bananas"))));
        assertTrue(inferred.contains(nkr("Potassium"), RDF.type.asNode(), nkg("Nutrient")));
    }

    @Test
    void noneAddsNothing() {
        assertEquals(0, Inference.entailments(base(), Reasoning.NONE).size());
    }
}
