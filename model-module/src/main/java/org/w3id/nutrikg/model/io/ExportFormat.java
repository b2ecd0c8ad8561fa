// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The RDF syntaxes NutriKG writes. */
public enum ExportFormat {
    /** Turtle, pretty-printed with NutriKG's prefixes. */
    TURTLE("turtle", Lang.TURTLE, RDFFormat.TURTLE_PRETTY),
    /** JSON-LD 1.1, compacted with ontology/context.jsonld embedded inline. */
    JSONLD("jsonld", Lang.JSONLD, null),
    /** N-Triples, one triple a line. */
    NTRIPLES("ntriples", Lang.NTRIPLES, RDFFormat.NTRIPLES_UTF8),
    /** N-Quads, one quad a line. */
    NQUADS("nquads", Lang.NQUADS, RDFFormat.NQUADS_UTF8),
    /** TriG. */
    TRIG("trig", Lang.TRIG, RDFFormat.TRIG_PRETTY),
    /** RDF/XML. */
    RDFXML("rdfxml", Lang.RDFXML, RDFFormat.RDFXML_PLAIN);

    private final String id;
    private final Lang lang;
    private final RDFFormat rdfFormat;

    ExportFormat(String id, Lang lang, RDFFormat rdfFormat) {
        this.id = id;
        this.lang = lang;
        this.rdfFormat = rdfFormat;
    }

    /** The name users type. */
    public String id() {
        return id;
    }

    /** Jena's language of this format. */
    public Lang lang() {
        return lang;
    }

    /** Jena's writer format, or null for JSON-LD (written by NutriKG with Titanium). */
    public RDFFormat rdfFormat() {
        return rdfFormat;
    }

    /** The format of that name, case-insensitive; "ttl", "nt", "nq", "rdf" and "json-ld" are accepted too. */
    public static Optional<ExportFormat> of(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        String canonical = switch (n) {
            case "ttl" -> "turtle";
            case "nt", "n-triples" -> "ntriples";
            case "nq", "n-quads" -> "nquads";
            case "rdf", "xml", "rdf/xml" -> "rdfxml";
            case "json-ld" -> "jsonld";
            default -> n;
        };
        return Arrays.stream(values()).filter(f -> f.id.equals(canonical)).findFirst();
    }

    /** The names, comma-separated, for messages. */
    public static String names() {
        return Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "));
    }
}
