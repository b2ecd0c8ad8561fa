// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.vocab;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The standard prefix map of NutriKG: the one queries get predeclared and exports are written with. */
public final class Prefixes {

    /** QUDT units, the namespace of amounts' units. */
    public static final String UNIT = "http://qudt.org/vocab/unit/";
    /** W3C PROV. */
    public static final String PROV = "http://www.w3.org/ns/prov#";
    /** W3C SHACL. */
    public static final String SH = "http://www.w3.org/ns/shacl#";

    private static final Map<String, String> MAP = build();
    private static final PrefixMapping MAPPING = PrefixMapping.Factory.create().setNsPrefixes(MAP).lock();

    private Prefixes() {
    }

    private static Map<String, String> build() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("nkg", NKG.NS);
        m.put("nkr", NKR.NS);
        m.put("rdf", RDF.getURI());
        m.put("rdfs", RDFS.getURI());
        m.put("owl", OWL.getURI());
        m.put("xsd", XSD.NS);
        m.put("skos", SKOS.getURI());
        m.put("dcterms", DCTerms.NS);
        m.put("prov", PROV);
        m.put("sh", SH);
        m.put("unit", UNIT);
        return m;
    }

    /** The prefixes, in a fixed order: prefix to namespace. */
    public static Map<String, String> map() {
        return MAP;
    }

    /** The prefixes as a locked Jena prefix mapping. */
    public static PrefixMapping mapping() {
        return MAPPING;
    }

    /** The prefixes as SPARQL PREFIX declarations, one a line. */
    public static String sparqlDeclarations() {
        StringBuilder sb = new StringBuilder();
        MAP.forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return sb.toString();
    }

    /** A CURIE when a NutriKG prefix fits, else the IRI in angle brackets. */
    public static String shortForm(String iri) {
        String s = mapping().shortForm(iri);
        return s.equals(iri) ? "<" + iri + ">" : s;
    }
}
