// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.w3id.nutrikg.cli.CliRun;
import org.w3id.nutrikg.cli.CliRun.Result;
import org.w3id.nutrikg.cli.ExitCodes;

import com.github.jsonldjava.core.JsonLdOptions;
import com.github.jsonldjava.core.JsonLdProcessor;
import com.github.jsonldjava.utils.JsonUtils;

/** The exported JSON-LD carries the links to the standard ontologies and the quantities, as short keys. */
class LinkedDataExportTest {

    private static final String NKG = "https://w3id.org/nutrikg/ontology#";
    private static final String NKR = "https://w3id.org/nutrikg/resource/";

    @Test
    void jsonLdCarriesMappingsAndQuantitiesReadBackByAnotherImplementation() throws Exception {
        Result r = CliRun.run("export", "--format", "jsonld");
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertEquals("", r.err());
        for (String key : new String[] {"\"closeMatch\": \"http://purl.obolibrary.org/obo/HP_0003394\"",
            "\"amount\": \"70.7\"", "\"minAmount\": \"8.3\"", "\"nkg:unit\": \"unit:MicroGM\"",
            "\"dailyValueBasis\": \"nkr:Intake-VitaminB12-DV-AdultsAndChildrenAtLeast4y\"",
            "\"intakeScope\": \"supplemental Mg only; excludes food and water\""}) {
            assertTrue(r.out().contains(key), key);
        }
        JsonLdOptions options = new JsonLdOptions();
        options.format = "application/n-quads";
        String nquads = (String) JsonLdProcessor.toRDF(JsonUtils.fromReader(new StringReader(r.out())), options);
        Model m = RDFParser.fromString(nquads, Lang.NQUADS).toModel();
        Resource content = m.createResource(NKR + "Content-BeefLiverCookedPanFried-VitaminB12");
        Property amount = m.createProperty(NKG + "amount");
        assertTrue(m.contains(content, amount, m.createTypedLiteral(new BigDecimal("70.7"))), "a decimal amount");
        assertTrue(m.contains(content, m.createProperty(NKG + "unit"), m.createResource("http://qudt.org/vocab/unit/MicroGM")));
        assertTrue(m.contains(m.createResource(NKR + "MuscleCramp"), SKOS.closeMatch,
                m.createResource("http://purl.obolibrary.org/obo/HP_0003394")));
        Model turtle = RDFParser.fromString(CliRun.run("export").out(), Lang.TURTLE).toModel();
        assertTrue(turtle.isIsomorphicWith(m), "the JSON-LD reads to the same graph as the Turtle export");
    }
}
