// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class PositionsTest {

    private static final String NKG = "https://w3id.org/nutrikg/ontology#";
    private static final String NKR = "https://w3id.org/nutrikg/resource/";

    private static final String TURTLE = """
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            PREFIX nkg: <https://w3id.org/nutrikg/ontology#>
            @prefix nkr: <https://w3id.org/nutrikg/resource/> .
            @base <http://example.org/base/> .

            nkr:Bananas
                a nkg:PlantFood ;
                rdfs:label "bananas"@en ;
                nkg:foodSourceOf nkr:Potassium ,
                    nkr:VitaminB6 ;
                nkg:note [ rdfs:label "nested" ; nkg:x nkr:Inner ] ;
                nkg:list ( nkr:A nkr:B ) ;
                nkg:after <Relative> .

            [ rdfs:label "anonymous" ] nkg:foodSourceOf nkr:Magnesium .
            nkr:Spinach nkg:foodSourceOf nkr:Magnesium .
            """;

    private static Node nkr(String local) {
        return NodeFactory.createURI(NKR + local);
    }

    private static Node nkg(String local) {
        return NodeFactory.createURI(NKG + local);
    }

    @Test
    void subjectsPredicatesAndObjectsAreFoundWhereTheyAreWritten() {
        Positions p = Positions.scan(TURTLE.getBytes(StandardCharsets.UTF_8), "http://example.org/file.ttl");
        assertEquals(new Positions.Position(6, 1), p.subject(nkr("Bananas")));
        assertEquals(7, p.predicate(nkr("Bananas"), RDF.type.asNode()).line());
        assertEquals(8, p.triple(Triple.create(nkr("Bananas"), RDFS.label.asNode(),
                NodeFactory.createLiteralLang("bananas", "en"))).line());
        assertEquals(9, p.triple(Triple.create(nkr("Bananas"), nkg("foodSourceOf"), nkr("Potassium"))).line());
        assertEquals(10, p.triple(Triple.create(nkr("Bananas"), nkg("foodSourceOf"), nkr("VitaminB6"))).line());
        // after a nested blank node and a collection, the outer statement goes on
        assertEquals(13, p.triple(Triple.create(nkr("Bananas"), nkg("after"),
                NodeFactory.createURI("http://example.org/base/Relative"))).line());
        assertNull(p.subject(nkr("Inner")), "nested nodes are not subjects of the file");
        assertEquals(11, p.mention(nkr("Inner")).line());
        assertEquals(12, p.mention(nkr("B")).line());
        assertEquals(16, p.subject(nkr("Spinach")).line());
        assertEquals(16, p.triple(Triple.create(nkr("Spinach"), nkg("foodSourceOf"), nkr("Magnesium"))).line());
    }

    @Test
    void aFileTheTokenizerCannotFollowKeepsWhatWasFound() {
        Positions p = Positions.scan("@prefix nkr: <https://w3id.org/nutrikg/resource/> .\nnkr:A nkr:p \"open"
                .getBytes(StandardCharsets.UTF_8), null);
        assertEquals(2, p.subject(nkr("A")).line());
    }
}
