// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.nutrikg.model.io.BundledResources;

/** NKG, ontology/nutrikg.ttl and the vocabulary contract (../shared/VOCABULARY.md) agree in every direction. */
class VocabularyContractTest {

    private static final Path CONTRACT = Path.of("..", "..", "shared", "VOCABULARY.md");
    private static final Set<Resource> TERM_TYPES = Set.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty,
            OWL.AnnotationProperty);

    private static Set<String> ontologyTerms() {
        Model m = RDFParser.source(BundledResources.open(BundledResources.ONTOLOGY + "/" + BundledResources.ONTOLOGY_FILE))
                .lang(Lang.TURTLE).toModel();
        Set<String> out = new TreeSet<>();
        for (Resource type : TERM_TYPES) {
            m.listSubjectsWithProperty(RDF.type, type).forEach(r -> {
                if (r.isURIResource() && r.getURI().startsWith(NKG.NS)) {
                    out.add(r.getURI().substring(NKG.NS.length()));
                }
            });
        }
        return out;
    }

    private static Set<String> constants() throws IllegalAccessException {
        Set<String> out = new TreeSet<>();
        for (Field f : NKG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.get(null) instanceof Resource r) {
                assertEquals(NKG.NS + f.getName(), r.getURI(), "constants are named exactly like their local names");
                out.add(f.getName());
            }
        }
        return out;
    }

    @Test
    void everyConstantIsAnOntologyTermAndEveryTermHasAConstant() throws IllegalAccessException {
        assertEquals(ontologyTerms(), constants());
    }

    @Test
    void everyContractTermIsDefined() throws IOException {
        assumeTrue(Files.isRegularFile(CONTRACT), "the contract is at " + CONTRACT.toAbsolutePath());
        Set<String> contract = new TreeSet<>();
        Matcher m = Pattern.compile("nkg:([A-Za-z][A-Za-z0-9]*)").matcher(Files.readString(CONTRACT));
        while (m.find()) {
            contract.add(m.group(1));
        }
        assertTrue(contract.size() > 20, "the contract was read");
        contract.removeAll(ontologyTerms());
        assertEquals(Set.of(), contract, "contract terms missing from ontology/nutrikg.ttl");
    }

    @Test
    void prefixesAreTheStandardSet() {
        assertEquals(Set.of("nkg", "nkr", "rdf", "rdfs", "owl", "xsd", "skos", "dcterms", "prov", "sh", "unit"),
                Prefixes.map().keySet());
    }
}
