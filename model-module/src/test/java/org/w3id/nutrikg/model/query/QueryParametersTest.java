// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.Test;
import org.w3id.nutrikg.model.InvalidArgumentException;
import org.w3id.nutrikg.model.vocab.NKR;

class QueryParametersTest {

    @Test
    void curieWithKnownPrefixIsAnIri() {
        RDFNode n = QueryParameters.value("nkr:Potassium");
        assertEquals(NKR.Potassium.getURI(), n.asResource().getURI());
    }

    @Test
    void bracketedAndPlainIrisAreIris() {
        assertEquals("http://example.org/x", QueryParameters.value("<http://example.org/x>").asResource().getURI());
        assertEquals("https://example.org/y", QueryParameters.value("https://example.org/y").asResource().getURI());
    }

    @Test
    void numbersAreTypedLiterals() {
        RDFNode n = QueryParameters.value("20");
        assertEquals(XSDDatatype.XSDinteger, n.asLiteral().getDatatype());
        assertEquals(XSDDatatype.XSDdecimal, QueryParameters.value("2.5").asLiteral().getDatatype());
    }

    @Test
    void quotedLiteralKeepsItsLanguage() {
        RDFNode n = QueryParameters.value("\"muscle cramp\"@en");
        assertEquals("muscle cramp", n.asLiteral().getLexicalForm());
        assertEquals("en", n.asLiteral().getLanguage());
    }

    @Test
    void anythingElseIsAPlainString() {
        RDFNode n = QueryParameters.value("cramp } DELETE WHERE { ?s ?p ?o");
        assertTrue(n.isLiteral());
        assertEquals("cramp } DELETE WHERE { ?s ?p ?o", n.asLiteral().getLexicalForm());
    }

    @Test
    void unknownPrefixIsRefused() {
        var e = assertThrows(InvalidArgumentException.class, () -> QueryParameters.value("nkx:Potassium"));
        assertTrue(e.getMessage().contains("unknown prefix 'nkx'"), e.getMessage());
    }

    @Test
    void namesAreVariableNames() {
        assertEquals("nutrient", QueryParameters.name("?nutrient"));
        assertThrows(InvalidArgumentException.class, () -> QueryParameters.name("two words"));
    }
}
