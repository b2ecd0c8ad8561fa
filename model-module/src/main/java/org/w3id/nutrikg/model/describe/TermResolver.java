// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.describe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.w3id.nutrikg.model.BadInputException;
import org.w3id.nutrikg.model.InvalidArgumentException;
import org.w3id.nutrikg.model.Suggestions;
import org.w3id.nutrikg.model.graph.GraphSource;
import org.w3id.nutrikg.model.query.Selects;
import org.w3id.nutrikg.model.vocab.Prefixes;

/**
 * Finds the term a person means: an IRI ({@code <https://...>} or bare), a CURIE with one of NutriKG's
 * prefixes ({@code nkr:VitaminB12}), or a label or synonym ({@code cobalamin}), case-insensitive. A name that
 * several terms share is refused with the candidates; an unknown one with the nearest names. SPARQL only.
 */
public final class TermResolver {

    private static final Pattern CURIE = Pattern.compile("([A-Za-z][A-Za-z0-9_.-]*):([^\\s/]*)");

    private static final String EXISTS = "ASK { { ?term ?p ?o } UNION { ?s ?p ?term } }";
    private static final String BY_NAME = """
            SELECT DISTINCT ?term ?how WHERE {
                VALUES (?property ?how) { (rdfs:label 1) (skos:prefLabel 1) (skos:altLabel 2) }
                ?term ?property ?name .
                FILTER (isIRI(?term) && LCASE(STR(?name)) = LCASE(STR(?text)))
            }
            ORDER BY ?how ?term
            """;
    private static final String LABELS = """
            SELECT DISTINCT ?term ?label WHERE {
                ?term rdfs:label ?label .
                FILTER (isIRI(?term))
                FILTER (lang(?label) = "" || langMatches(lang(?label), "en"))
            }
            """;
    private static final String NAMES = """
            SELECT DISTINCT ?name WHERE {
                ?term rdfs:label|skos:altLabel|skos:prefLabel ?name .
                FILTER NOT EXISTS { ?term a nkg:Claim }
                FILTER NOT EXISTS { ?term a nkg:NutrientContent }
                FILTER NOT EXISTS { ?term a nkg:ReferenceIntake }
            }
            """;

    private TermResolver() {
    }

    /** The IRI of the term {@code input} names in {@code source}. */
    public static Resource resolve(GraphSource source, String input) {
        String text = input.strip();
        if (text.isEmpty()) {
            throw new InvalidArgumentException(DescribeMessages.EMPTY_TERM);
        }
        String iri = asIri(text);
        if (iri != null) {
            Resource r = ModelFactory.createDefaultModel().createResource(iri);
            if (!Selects.ask(source, EXISTS, Map.of("term", r))) {
                throw new BadInputException(String.format(DescribeMessages.UNKNOWN_IRI, Prefixes.shortForm(iri), source.label()));
            }
            return r;
        }
        List<QuerySolution> rows = Selects.select(source, BY_NAME,
                Map.of("text", ModelFactory.createDefaultModel().createLiteral(text)));
        Map<String, Integer> matches = new LinkedHashMap<>();
        for (QuerySolution s : rows) {
            matches.merge(s.getResource("term").getURI(), s.getLiteral("how").getInt(), Math::min);
        }
        List<String> byLabel = matches.entrySet().stream().filter(e -> e.getValue() == 1).map(Map.Entry::getKey).toList();
        List<String> candidates = byLabel.size() == 1 ? byLabel : new ArrayList<>(matches.keySet());
        if (candidates.size() == 1) {
            return ModelFactory.createDefaultModel().createResource(candidates.get(0));
        }
        if (candidates.isEmpty()) {
            throw new BadInputException(String.format(DescribeMessages.UNKNOWN_NAME, source.label(), text)
                    + didYouMean(source, text));
        }
        Map<String, String> labels = labels(source);
        List<String> shown = new ArrayList<>();
        for (String c : new TreeSet<>(candidates)) {
            shown.add(Prefixes.shortForm(c) + (labels.containsKey(c) ? " (" + labels.get(c) + ")" : ""));
        }
        throw new BadInputException(String.format(DescribeMessages.AMBIGUOUS, text, candidates.size(),
                String.join(", ", shown)));
    }

    /** The IRI that text written as an IRI or a CURIE stands for, or null when it is a name. */
    static String asIri(String text) {
        if (text.startsWith("<") && text.endsWith(">")) {
            return text.substring(1, text.length() - 1);
        }
        if (text.startsWith("http://") || text.startsWith("https://") || text.startsWith("urn:")) {
            return text;
        }
        Matcher m = CURIE.matcher(text);
        if (m.matches() && Prefixes.map().containsKey(m.group(1))) {
            return Prefixes.map().get(m.group(1)) + m.group(2);
        }
        return null;
    }

    /** The English labels of every term, by IRI. */
    static Map<String, String> labels(GraphSource source) {
        Map<String, String> out = new LinkedHashMap<>();
        for (QuerySolution s : Selects.select(source, LABELS, Map.of())) {
            out.putIfAbsent(s.getResource("term").getURI(), s.getLiteral("label").getLexicalForm());
        }
        return out;
    }

    private static String didYouMean(GraphSource source, String text) {
        List<String> names = new ArrayList<>();
        for (QuerySolution s : Selects.select(source, NAMES, Map.of())) {
            names.add(s.getLiteral("name").getLexicalForm());
        }
        List<String> near = Suggestions.nearest(text, names, 3);
        if (near.isEmpty()) {
            String lower = text.toLowerCase(Locale.ROOT);
            near = names.stream().filter(n -> n.toLowerCase(Locale.ROOT).contains(lower)).distinct()
                    .sorted(java.util.Comparator.comparingInt(String::length).thenComparing(n -> n)).limit(3).toList();
        }
        if (near.isEmpty()) {
            return " (try 'nutrikg search')";
        }
        return " (did you mean " + String.join(" or ", near.stream().map(n -> "'" + n + "'").toList()) + "?)";
    }

    static RDFNode literal(String text) {
        return ModelFactory.createDefaultModel().createLiteral(text);
    }
}
