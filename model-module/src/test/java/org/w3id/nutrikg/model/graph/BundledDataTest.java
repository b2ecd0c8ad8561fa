// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.nutrikg.model.io.BundledResources;
import org.w3id.nutrikg.model.vocab.NKG;
import org.w3id.nutrikg.model.vocab.NKR;

/** The bundled knowledge keeps the provenance pattern of the vocabulary contract. */
class BundledDataTest {

    /** The article, where a checkout has ../shared beside it (CI and developers do). */
    private static final Path ARTICLE = Path.of("..", "..", "shared", "seed", "000_fcb94ec40fd25df7.txt");
    private static final String DISCLAIMER =
            "This content is for informational purposes only and should not replace professional medical advice.";

    private static Model model;

    @BeforeAll
    static void load() {
        model = Graphs.load(GraphSpec.bundledGraph().withReasoning(Reasoning.NONE)).model(false);
    }

    private static Property nkg(String local) {
        return model.createProperty(NKG.NS + local);
    }

    private static List<Resource> claims() {
        return model.listSubjectsWithProperty(RDF.type, model.createResource(NKG.NS + "Claim")).toList();
    }

    @Test
    void everyClaimQuotesTheArticleVerbatim() throws IOException {
        assumeTrue(Files.isRegularFile(ARTICLE), "the article is at " + ARTICLE.toAbsolutePath());
        String article = Files.readString(ARTICLE).replaceAll("\\s+", " ");
        List<String> notFound = new ArrayList<>();
        for (Resource claim : claims()) {
            for (Statement s : claim.listProperties(nkg("evidenceQuote")).toList()) {
                String quote = s.getString().replaceAll("\\s+", " ").strip();
                if (quote.isEmpty() || !article.contains(quote)) {
                    notFound.add(claim.getLocalName() + ": " + quote);
                }
            }
        }
        assertEquals(List.of(), notFound, "quotes not found verbatim in the article");
    }

    @Test
    void everyClaimIsCompleteAndItsTripleIsAsserted() {
        List<Resource> claims = claims();
        assertTrue(claims.size() >= 50, "the article's links are claimed: " + claims.size());
        for (Resource claim : claims) {
            String name = claim.getURI();
            RDFNode subject = claim.getPropertyResourceValue(nkg("subject"));
            RDFNode predicate = claim.getPropertyResourceValue(nkg("predicate"));
            RDFNode object = claim.getPropertyResourceValue(nkg("object"));
            assertTrue(subject != null && predicate != null && object != null, name + " has subject, predicate, object");
            assertTrue(claim.hasProperty(nkg("evidenceQuote")), name + " has a quote");
            assertTrue(claim.hasProperty(model.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom"), NKR.SourceB12CrampsArticle)
                    || claim.hasProperty(model.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom")), name + " has a source");
            Property p = model.createProperty(predicate.asResource().getURI());
            assertTrue(model.contains(subject.asResource(), p, object), name + ": its plain triple is asserted");
            String expectedIri = NKR.NS + "Claim-" + subject.asResource().getLocalName() + "-" + p.getLocalName() + "-"
                    + object.asResource().getURI().substring(NKR.NS.length());
            assertEquals(expectedIri, name, "claim IRIs are deterministic");
        }
    }

    @Test
    void everyIndividualHasExactlyOneEnglishLabel() {
        List<String> problems = new ArrayList<>();
        model.listSubjects().forEach(s -> {
            if (s.isURIResource() && s.getURI().startsWith(NKR.NS) && s.hasProperty(RDF.type)) {
                List<Statement> labels = s.listProperties(RDFS.label).toList();
                if (labels.size() != 1 || !"en".equals(labels.get(0).getLanguage())) {
                    problems.add(s.getLocalName() + " has " + labels.size() + " labels");
                }
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void theFixedIndividualsExist() {
        for (Resource r : List.of(NKR.VitaminB12, NKR.VitaminB1, NKR.VitaminB6, NKR.Magnesium, NKR.Potassium,
                NKR.Sodium, NKR.MuscleCramp, NKR.VitaminB12Deficiency, NKR.SourceB12CrampsArticle)) {
            assertTrue(model.contains(r, RDF.type), r + " is typed");
        }
        for (Resource e : List.of(NKR.Magnesium, NKR.Potassium, NKR.Sodium)) {
            assertTrue(model.contains(e, RDF.type, model.createResource(NKG.NS + "Electrolyte")), e + " is an electrolyte");
        }
    }

    @Test
    void theOntologyCarriesTheDisclaimerAndItsSource() {
        Resource ontology = model.createResource("https://w3id.org/nutrikg/ontology");
        assertTrue(model.contains(ontology, RDF.type, OWL.Ontology));
        String all = ontology.listProperties().toList().stream().map(Statement::getObject)
                .filter(RDFNode::isLiteral).map(RDFNode::asLiteral).map(Literal::getLexicalForm)
                .reduce("", String::concat);
        assertTrue(all.contains(DISCLAIMER), "the medical disclaimer is in the ontology's metadata");
        assertTrue(ontology.hasProperty(DCTerms.source, NKR.SourceB12CrampsArticle));
        assertTrue(ontology.hasProperty(OWL.versionIRI));
    }

    @Test
    void noIndividualIsDeclaredInTheOntologyFile() {
        Model tbox = org.apache.jena.riot.RDFParser.source(
                BundledResources.open(BundledResources.ONTOLOGY + "/" + BundledResources.ONTOLOGY_FILE))
                .lang(org.apache.jena.riot.Lang.TURTLE).toModel();
        tbox.listSubjects().forEach(s -> assertFalse(s.isURIResource() && s.getURI().startsWith(NKR.NS), s::toString));
    }
}
