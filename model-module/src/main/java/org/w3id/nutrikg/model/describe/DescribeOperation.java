// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.describe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.nutrikg.model.graph.GraphSource;
import org.w3id.nutrikg.model.query.NamedQueries;
import org.w3id.nutrikg.model.query.Selects;
import org.w3id.nutrikg.model.vocab.NKG;
import org.w3id.nutrikg.model.vocab.Prefixes;

/**
 * What the graph says about one term: {@link #describe} gathers it for a person as a {@link Description},
 * {@link #conciseBoundedDescription} gives the RDF (SPARQL DESCRIBE). Only SPARQL through
 * {@link GraphSource#query}, so that stores and remote endpoints answer the same way as memory.
 */
public final class DescribeOperation {

    private static final String PROV_DERIVED = Prefixes.PROV + "wasDerivedFrom";

    /** A relation shown under a heading: the property, and whether the term is its subject. */
    private record Relation(String property, boolean outgoing, String heading) {
    }

    /** Headings in the order they are shown; each relation and its inverse lead to the same heading. */
    private static final List<String> HEADINGS = List.of("Food sources", "Food source of", "Supports", "Supported by",
            "Deficiency", "Deficiency of", "Symptoms", "Symptom of", "Can cause", "Caused by", "Adverse effects",
            "Adverse effect of", "Components", "Component of", "Relieves", "Relieved by", "Treats", "Treated by",
            "Prevents", "Prevented by", "Diagnoses", "Diagnosed by", "At risk of", "Groups at risk", "Food group",
            "Foods in this group", "Includes foods", "Included in", "Specific form of", "Specific forms",
            "Imbalance of", "Imbalances", "Damages", "Damaged by", "Impairs", "Impaired by", "Involves", "Involved in",
            "Contributes to", "Depends on", "When impaired can cause", "Can follow impaired", "Surrounds",
            "Surrounded by", "Recommended for", "Recommended", "Food option for", "Food options",
            "Nutrient amounts", "Amounts in foods", "Reference intakes", "Details", "Used as the source of",
            "External identifiers");

    private static final List<Relation> RELATIONS = List.of(
            in("foodSourceOf", "Food sources"), out("hasFoodSource", "Food sources"),
            out("foodSourceOf", "Food source of"), in("hasFoodSource", "Food source of"),
            out("supportsFunction", "Supports"), in("isSupportedBy", "Supports"),
            in("supportsFunction", "Supported by"), out("isSupportedBy", "Supported by"),
            out("hasDeficiency", "Deficiency"), in("deficiencyOf", "Deficiency"),
            out("deficiencyOf", "Deficiency of"), in("hasDeficiency", "Deficiency of"),
            out("hasSymptom", "Symptoms"), in("isSymptomOf", "Symptoms"),
            in("hasSymptom", "Symptom of"), out("isSymptomOf", "Symptom of"),
            out("canCause", "Can cause"), in("canBeCausedBy", "Can cause"),
            in("canCause", "Caused by"), out("canBeCausedBy", "Caused by"),
            out("hasAdverseEffect", "Adverse effects"), in("hasAdverseEffect", "Adverse effect of"),
            out("hasComponent", "Components"), in("hasComponent", "Component of"),
            out("relieves", "Relieves"), in("relieves", "Relieved by"),
            out("treats", "Treats"), in("treats", "Treated by"),
            out("prevents", "Prevents"), in("prevents", "Prevented by"),
            out("diagnoses", "Diagnoses"), in("diagnoses", "Diagnosed by"),
            out("atRiskOf", "At risk of"), in("atRiskOf", "Groups at risk"),
            out("inFoodGroup", "Food group"), in("inFoodGroup", "Foods in this group"),
            out("includesFood", "Includes foods"), in("includesFood", "Included in"),
            out("specificFormOf", "Specific form of"), in("specificFormOf", "Specific forms"),
            out("imbalanceOf", "Imbalance of"), in("imbalanceOf", "Imbalances"),
            out("damages", "Damages"), in("isDamagedBy", "Damages"),
            in("damages", "Damaged by"), out("isDamagedBy", "Damaged by"),
            out("impairs", "Impairs"), in("isImpairedBy", "Impairs"),
            in("impairs", "Impaired by"), out("isImpairedBy", "Impaired by"),
            out("involves", "Involves"), in("isInvolvedIn", "Involves"),
            in("involves", "Involved in"), out("isInvolvedIn", "Involved in"),
            out("contributesTo", "Contributes to"), in("contributesTo", "Depends on"),
            out("impairmentCanCause", "When impaired can cause"), in("impairmentCanCause", "Can follow impaired"),
            out("surrounds", "Surrounds"), in("surrounds", "Surrounded by"),
            out("recommendedFor", "Recommended for"), in("recommendedFor", "Recommended"),
            out("optionFor", "Food option for"), in("optionFor", "Food options"));

    /** Outgoing properties shown in the title block, as mappings, or not at all (rather than as details). */
    private static final Set<String> NOT_DETAILS = Set.of(RDF.type.getURI(), RDFS.label.getURI(),
            SKOS.prefLabel.getURI(), SKOS.altLabel.getURI(), SKOS.definition.getURI(), RDFS.comment.getURI(),
            DCTerms.source.getURI(), PROV_DERIVED, SKOS.exactMatch.getURI(), SKOS.closeMatch.getURI(),
            RDFS.isDefinedBy.getURI(), RDFS.seeAlso.getURI(), NKG.NS + "evidenceQuote",
            "http://purl.obolibrary.org/obo/IAO_0000115");

    /** Readable QUDT units. */
    private static final Map<String, String> UNITS = Map.of(
            Prefixes.UNIT + "MicroGM", "mcg",
            Prefixes.UNIT + "MilliGM", "mg",
            Prefixes.UNIT + "GM", "g");

    private static final String OUTGOING = """
            SELECT ?p ?o ?oLabel ?pLabel WHERE {
                ?term ?p ?o .
                OPTIONAL { ?o rdfs:label ?oLabel FILTER (lang(?oLabel) = "" || langMatches(lang(?oLabel), "en")) }
                OPTIONAL { ?p rdfs:label ?pLabel FILTER (lang(?pLabel) = "" || langMatches(lang(?pLabel), "en")) }
            }
            """;
    private static final String INCOMING = """
            SELECT ?s ?p ?sLabel WHERE {
                ?s ?p ?term .
                FILTER (isIRI(?s))
                FILTER NOT EXISTS { ?s a nkg:Claim }
                FILTER NOT EXISTS { ?s a nkg:NutrientContent }
                FILTER NOT EXISTS { ?s a nkg:ReferenceIntake }
                OPTIONAL { ?s rdfs:label ?sLabel FILTER (lang(?sLabel) = "" || langMatches(lang(?sLabel), "en")) }
            }
            """;
    private static final String TYPES = """
            SELECT DISTINCT ?type ?typeLabel WHERE {
                ?term a ?type .
                FILTER (isIRI(?type) && ?type != owl:NamedIndividual)
                FILTER NOT EXISTS { ?term a ?sub . ?sub rdfs:subClassOf+ ?type . FILTER (?sub != ?type) }
                OPTIONAL { ?type rdfs:label ?typeLabel FILTER (lang(?typeLabel) = "" || langMatches(lang(?typeLabel), "en")) }
            }
            """;
    private static final String DEFICIENCY_SYMPTOMS = """
            SELECT DISTINCT ?deficiencyLabel ?symptom ?symptomLabel WHERE {
                ?deficiency nkg:deficiencyOf ?term ;
                    nkg:hasSymptom ?symptom .
                OPTIONAL { ?deficiency rdfs:label ?deficiencyLabel }
                OPTIONAL { ?symptom rdfs:label ?symptomLabel }
            }
            """;
    private static final String CONTENTS_OF_FOOD = """
            SELECT ?nutrient ?nutrientLabel ?serving ?amount ?minAmount ?maxAmount ?unit ?percent ?minPercent ?maxPercent
            WHERE {
                ?content a nkg:NutrientContent ;
                    nkg:food ?term ;
                    nkg:nutrient ?nutrient ;
                    nkg:unit ?unit .
                OPTIONAL { ?content nkg:servingSize ?serving }
                OPTIONAL { ?content nkg:amount ?amount }
                OPTIONAL { ?content nkg:minAmount ?minAmount ; nkg:maxAmount ?maxAmount }
                OPTIONAL { ?content nkg:percentDailyValue ?percent }
                OPTIONAL { ?content nkg:minPercentDailyValue ?minPercent ; nkg:maxPercentDailyValue ?maxPercent }
                OPTIONAL { ?nutrient rdfs:label ?nutrientLabel }
            }
            ORDER BY LCASE(STR(?nutrientLabel)) ?serving
            """;
    private static final String CONTENTS_OF_NUTRIENT = """
            SELECT (COUNT(DISTINCT ?content) AS ?contents) (COUNT(DISTINCT ?food) AS ?foods) WHERE {
                ?content a nkg:NutrientContent ;
                    nkg:nutrient ?term ;
                    nkg:food ?food .
            }
            """;
    private static final String CITED = """
            SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s dcterms:source|prov:wasDerivedFrom ?term }
            """;
    private static final String EVIDENCE = """
            SELECT DISTINCT ?claim ?claimLabel ?quote ?sourceLabel ?frequency ?directness WHERE {
                ?claim a nkg:Claim ;
                    nkg:evidenceQuote ?quote .
                { ?claim nkg:subject ?term } UNION { ?claim nkg:object ?term } UNION { BIND (?term AS ?claim) }
                OPTIONAL { ?claim rdfs:label ?claimLabel }
                OPTIONAL { ?claim prov:wasDerivedFrom ?source . ?source rdfs:label ?sourceLabel }
                OPTIONAL { ?claim nkg:frequency ?frequency }
                OPTIONAL { ?claim nkg:directness ?directness }
            }
            ORDER BY ?quote ?claimLabel
            """;

    private DescribeOperation() {
    }

    private static Relation in(String local, String heading) {
        return new Relation(NKG.NS + local, false, heading);
    }

    private static Relation out(String local, String heading) {
        return new Relation(NKG.NS + local, true, heading);
    }

    /** The concise bounded description of a term (SPARQL DESCRIBE), with NutriKG's prefixes. */
    public static Model conciseBoundedDescription(GraphSource source, Resource term) {
        org.apache.jena.query.Query describe = new org.apache.jena.query.Query();
        describe.setQueryDescribeType();
        describe.addDescribeNode(term.asNode());
        Model m = Selects.graph(source, describe, Map.of());
        m.setNsPrefixes(Prefixes.mapping());
        return m;
    }

    /** What the graph says about {@code term}, for a person. */
    public static Description describe(GraphSource source, Resource term) {
        Map<String, RDFNode> p = Map.of("term", term);
        String iri = term.getURI();
        Map<String, Set<String>> sections = new LinkedHashMap<>();
        String label = null;
        List<String> synonyms = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        Set<String> sources = new TreeSet<>();
        Map<String, String> details = new TreeMap<>();

        for (QuerySolution s : Selects.select(source, OUTGOING, p)) {
            String prop = s.getResource("p").getURI();
            RDFNode o = s.get("o");
            String shown = shown(o, s.get("oLabel"));
            if (prop.equals(RDFS.label.getURI())) {
                if (label == null || isEnglish(o)) {
                    label = o.asLiteral().getLexicalForm();
                }
            } else if (prop.equals(SKOS.altLabel.getURI())) {
                add(synonyms, shown);
            } else if (prop.equals(SKOS.definition.getURI())) {
                add(definitions, shown);
            } else if (prop.equals(RDFS.comment.getURI())) {
                add(comments, shown);
            } else if (prop.equals(DCTerms.source.getURI()) || prop.equals(PROV_DERIVED)) {
                sources.add(shown);
            } else if (prop.equals(SKOS.exactMatch.getURI()) || prop.equals(SKOS.closeMatch.getURI())) {
                String match = prop.equals(SKOS.exactMatch.getURI()) ? "exact match" : "close match";
                section(sections, "External identifiers").add(curie(o) + " (" + match + ")");
            } else {
                Relation r = relation(prop, true);
                if (r != null) {
                    section(sections, r.heading()).add(shown);
                } else if (!NOT_DETAILS.contains(prop) && !prop.startsWith(OWL.getURI())) {
                    String name = s.contains("pLabel") ? s.getLiteral("pLabel").getLexicalForm() : curie(s.get("p"));
                    details.merge(name, detail(o, s.get("oLabel")), (a, b) -> a.compareTo(b) <= 0 ? a + "; " + b : b + "; " + a);
                }
            }
        }
        for (QuerySolution s : Selects.select(source, INCOMING, p)) {
            Relation r = relation(s.getResource("p").getURI(), false);
            if (r != null) {
                section(sections, r.heading()).add(shown(s.get("s"), s.get("sLabel")));
            }
        }
        List<String> types = new ArrayList<>();
        for (QuerySolution s : Selects.select(source, TYPES, p)) {
            add(types, shown(s.get("type"), s.get("typeLabel")));
        }
        types.sort(null);

        String deficiencySymptoms = null;
        Set<String> viaDeficiency = new TreeSet<>();
        for (QuerySolution s : Selects.select(source, DEFICIENCY_SYMPTOMS, p)) {
            String d = s.contains("deficiencyLabel") ? s.getLiteral("deficiencyLabel").getLexicalForm() : "its deficiency";
            deficiencySymptoms = deficiencySymptoms == null || deficiencySymptoms.equals(d) ? d : "its deficiencies";
            viaDeficiency.add(shown(s.get("symptom"), s.get("symptomLabel")));
        }

        List<String> amounts = new ArrayList<>();
        for (QuerySolution s : Selects.select(source, CONTENTS_OF_FOOD, p)) {
            String nutrient = shown(s.get("nutrient"), s.get("nutrientLabel"));
            String amount = range(s, "amount", "minAmount", "maxAmount") + " " + unit(s.get("unit"));
            String serving = s.contains("serving") ? " per " + s.getLiteral("serving").getLexicalForm() : "";
            String pct = range(s, "percent", "minPercent", "maxPercent");
            amounts.add(nutrient + ": " + amount + serving + (pct.isEmpty() ? "" : " (" + pct + " % of the daily value)"));
        }
        if (!amounts.isEmpty()) {
            sections.put("Nutrient amounts", new LinkedHashSet<>(amounts));
        }
        List<QuerySolution> counts = Selects.select(source, CONTENTS_OF_NUTRIENT, p);
        if (!counts.isEmpty() && counts.get(0).getLiteral("contents").getInt() > 0) {
            int n = counts.get(0).getLiteral("contents").getInt();
            int foods = counts.get(0).getLiteral("foods").getInt();
            String c = Prefixes.shortForm(iri);
            section(sections, "Amounts in foods").add(n + (n == 1 ? " amount" : " amounts") + " in " + foods
                    + (foods == 1 ? " food" : " foods") + ": nutrikg query rich-foods --param nutrient=" + c);
        }
        List<String> intakes = intakes(source, term);
        if (!intakes.isEmpty()) {
            sections.put("Reference intakes", new LinkedHashSet<>(intakes));
        }
        details.forEach((k, v) -> section(sections, "Details").add(k + ": " + v));
        List<QuerySolution> cited = Selects.select(source, CITED, p);
        if (!cited.isEmpty() && cited.get(0).getLiteral("n").getInt() > 0) {
            section(sections, "Used as the source of").add(cited.get(0).getLiteral("n").getInt() + " terms and claims");
        }

        // with reasoning, a symptom is also something the condition can cause: show it once
        if (sections.containsKey("Symptoms") && sections.containsKey("Can cause")) {
            sections.get("Can cause").removeAll(sections.get("Symptoms"));
        }
        if (sections.containsKey("Symptom of") && sections.containsKey("Caused by")) {
            sections.get("Caused by").removeAll(sections.get("Symptom of"));
        }

        List<Description.Section> ordered = new ArrayList<>();
        for (String h : HEADINGS) {
            Set<String> lines = sections.get(h);
            if (h.equals("Symptoms") && lines == null && !viaDeficiency.isEmpty()) {
                ordered.add(new Description.Section("Symptoms (of " + deficiencySymptoms + ")", sorted(viaDeficiency, h)));
                continue;
            }
            if (lines != null && !lines.isEmpty()) {
                ordered.add(new Description.Section(h, sorted(lines, h)));
            }
        }
        String curie = Prefixes.shortForm(iri);
        return new Description(iri, curie, label == null ? curie : label, types, sorted(synonyms),
                definitions, comments, new ArrayList<>(sources), ordered, evidence(source, p));
    }

    private static List<String> intakes(GraphSource source, Resource term) {
        var query = NamedQueries.find("intake").orElseThrow();
        List<String> out = new ArrayList<>();
        for (QuerySolution s : Selects.select(source, Selects.parseWithoutPrefixes(query.text()),
                Map.of("nutrient", term))) {
            String sex = s.contains("sex") ? s.getLiteral("sex").getLexicalForm() : "";
            String who = s.getLiteral("lifeStage").getLexicalForm()
                    + (sex.isEmpty() ? "" : ", " + ("both".equals(sex) ? "both sexes" : sex));
            String note = s.contains("note") ? s.getLiteral("note").getLexicalForm() : "";
            out.add(String.format("%-4s %-42s %s %s%s", s.getLiteral("kind").getLexicalForm(), who,
                    s.get("amount").asLiteral().getLexicalForm(), unit(s.get("unit")),
                    note.isEmpty() ? "" : " (" + note + ")"));
        }
        return out;
    }

    private static List<Description.Evidence> evidence(GraphSource source, Map<String, RDFNode> p) {
        Map<String, String> claimLabel = new LinkedHashMap<>();
        Map<String, Set<String>> claimQualifiers = new LinkedHashMap<>();
        Map<String, Set<String>> claimsOfQuote = new LinkedHashMap<>();
        Map<String, String> sourceOf = new LinkedHashMap<>();
        for (QuerySolution s : Selects.select(source, EVIDENCE, p)) {
            String claim = s.getResource("claim").getURI();
            String quote = s.getLiteral("quote").getLexicalForm();
            claimLabel.putIfAbsent(claim, s.contains("claimLabel") ? s.getLiteral("claimLabel").getLexicalForm()
                    : curie(s.get("claim")));
            Set<String> qualifiers = claimQualifiers.computeIfAbsent(claim, k -> new TreeSet<>());
            for (String q : List.of("frequency", "directness")) {
                if (s.contains(q)) {
                    qualifiers.add(s.getLiteral(q).getLexicalForm());
                }
            }
            claimsOfQuote.computeIfAbsent(quote, k -> new LinkedHashSet<>()).add(claim);
            if (s.contains("sourceLabel")) {
                sourceOf.putIfAbsent(quote, s.getLiteral("sourceLabel").getLexicalForm());
            }
        }
        List<Description.Evidence> out = new ArrayList<>();
        claimsOfQuote.forEach((quote, claims) -> {
            Set<String> statements = new TreeSet<>();
            for (String c : claims) {
                Set<String> q = claimQualifiers.get(c);
                statements.add(claimLabel.get(c) + (q.isEmpty() ? "" : " (" + String.join(", ", q) + ")"));
            }
            out.add(new Description.Evidence(quote, new ArrayList<>(statements), sourceOf.getOrDefault(quote, "")));
        });
        return out;
    }

    private static Relation relation(String property, boolean outgoing) {
        for (Relation r : RELATIONS) {
            if (r.property().equals(property) && r.outgoing() == outgoing) {
                return r;
            }
        }
        return null;
    }

    private static Set<String> section(Map<String, Set<String>> sections, String heading) {
        return sections.computeIfAbsent(heading, k -> new LinkedHashSet<>());
    }

    private static void add(List<String> list, String value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    /** Lines in reading order: by text, case-insensitive; reference intakes and amounts keep the query's order. */
    private static List<String> sorted(java.util.Collection<String> lines, String heading) {
        if (heading.equals("Reference intakes") || heading.equals("Nutrient amounts")) {
            return new ArrayList<>(lines);
        }
        return sorted(lines);
    }

    private static List<String> sorted(java.util.Collection<String> lines) {
        List<String> out = new ArrayList<>(new LinkedHashSet<>(lines));
        out.sort(String.CASE_INSENSITIVE_ORDER.thenComparing(s -> s));
        return out;
    }

    private static boolean isEnglish(RDFNode n) {
        return n.isLiteral() && n.asLiteral().getLanguage().toLowerCase(java.util.Locale.ROOT).startsWith("en");
    }

    /** A term's label, or its CURIE; a literal's text. */
    private static String shown(RDFNode n, RDFNode label) {
        if (n.isLiteral()) {
            return n.asLiteral().getLexicalForm();
        }
        if (label != null && label.isLiteral()) {
            return label.asLiteral().getLexicalForm();
        }
        return curie(n);
    }

    private static String detail(RDFNode o, RDFNode label) {
        if (o.isURIResource() && UNITS.containsKey(o.asResource().getURI())) {
            return UNITS.get(o.asResource().getURI());
        }
        return shown(o, label);
    }

    private static String curie(RDFNode n) {
        if (n.isURIResource()) {
            String iri = n.asResource().getURI();
            String obo = "http://purl.obolibrary.org/obo/";
            if (iri.startsWith(obo) && iri.substring(obo.length()).matches("[A-Za-z]+_.+")) {
                return iri.substring(obo.length()).replaceFirst("_", ":");
            }
            return Prefixes.shortForm(iri);
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static String unit(RDFNode n) {
        if (n == null) {
            return "";
        }
        return n.isURIResource() ? UNITS.getOrDefault(n.asResource().getURI(), curie(n)) : n.toString();
    }

    private static String range(QuerySolution s, String single, String min, String max) {
        if (s.contains(single)) {
            return s.getLiteral(single).getLexicalForm();
        }
        if (s.contains(min) && s.contains(max)) {
            Literal lo = s.getLiteral(min);
            Literal hi = s.getLiteral(max);
            return lo.getLexicalForm() + "-" + hi.getLexicalForm();
        }
        return "";
    }
}
