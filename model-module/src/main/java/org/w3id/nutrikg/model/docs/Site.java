// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.docs;

import static org.w3id.nutrikg.model.docs.Html.esc;
import static org.w3id.nutrikg.model.docs.Html.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.eclipse.elk.core.options.Direction;
import org.w3id.nutrikg.model.Version;
import org.w3id.nutrikg.model.vocab.NKG;
import org.w3id.nutrikg.model.vocab.Prefixes;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;

/** The pages of the documentation site. */
final class Site {

    private static final String DISCLAIMER =
            "This content is for informational purposes only and should not replace professional medical advice.";

    private static final Node CLAIM = nkg("Claim");
    private static final Node SUBJECT = nkg("subject");
    private static final Node PREDICATE = nkg("predicate");
    private static final Node OBJECT = nkg("object");
    private static final Node QUOTE = nkg("evidenceQuote");
    private static final Node FREQUENCY = nkg("frequency");
    private static final Node DIRECTNESS = nkg("directness");
    private static final Node DERIVED_FROM = NodeFactory.createURI(Prefixes.PROV + "wasDerivedFrom");
    private static final Node CAN_CAUSE = nkg("canCause");
    private static final Node HAS_SYMPTOM = nkg("hasSymptom");
    private static final Node DEFICIENCY_OF = nkg("deficiencyOf");

    /** Shown in a page's header rather than among its statements. */
    private static final Set<Node> HEADER = Set.of(RDF.type.asNode(), Terms.LABEL, Terms.ALT_LABEL,
            Terms.DEFINITION, Terms.COMMENT);

    private final Terms t;
    private final Layout layout;
    private final String top;

    Site(Terms terms) {
        this.t = terms;
        this.layout = terms.layout();
        this.top = layout.top();
    }

    private static Node nkg(String local) {
        return NodeFactory.createURI(NKG.NS + local);
    }

    /** Every file of the static site, by path relative to its root. */
    SortedMap<String, String> render() {
        SortedMap<String, String> files = new TreeMap<>();
        files.put("style.css", Styles.CSS);
        files.put("index.html", overview());
        files.put("classes.html", classes());
        files.put("properties.html", properties());
        files.put("individuals.html", individualIndex());
        files.put("search.html", search());
        for (Node i : t.individuals()) {
            files.put(t.href(i), individual(i));
        }
        return files;
    }

    /** The home page: the overview. */
    String home() {
        return overview();
    }

    /**
     * The ontology's page when served: the classes and the properties, one after the other, so that every
     * {@code nkg:} term's IRI ({@code /ontology#Food}) lands on its section.
     */
    String ontology() {
        String classes = classes();
        String properties = properties();
        String open = "<main>\n";
        String close = "\n</main>";
        String body = formats(layout == Layout.FILES ? "ontology" : "/ontology")
                + classes.substring(classes.indexOf(open) + open.length(), classes.lastIndexOf(close)) + "\n"
                + properties.substring(properties.indexOf(open) + open.length(), properties.lastIndexOf(close));
        return Html.page(layout, top, "Ontology", "classes", body);
    }

    /** The list of individuals by class. */
    String individualsPage() {
        return individualIndex();
    }

    /** The search page. */
    String searchPage() {
        return search();
    }

    /** The page of one individual. */
    String individualPage(Node i) {
        return individual(i);
    }

    /**
     * Links to the same description in each RDF syntax: the files beside the page ({@code base.ttl}) in a
     * static site, {@code base?format=ttl} on a server.
     */
    private String formats(String base) {
        StringBuilder b = new StringBuilder("<p class=\"formats\">As RDF: ");
        List<String> links = new ArrayList<>();
        for (String[] f : new String[][] {{"ttl", "Turtle"}, {"jsonld", "JSON-LD"}, {"nt", "N-Triples"},
            {"rdf", "RDF/XML"}}) {
            String href = layout == Layout.FILES ? base + "." + f[0] : base + "?format=" + f[0];
            links.add("<a href=\"" + esc(href) + "\">" + f[1] + "</a>");
        }
        return b.append(String.join(", ", links)).append("</p>\n").toString();
    }

    // ---- values

    /** A node as a link to its documentation, an external link, or text, from a page {@code root} deep. */
    private String value(Node n, String root) {
        if (n == null) {
            return "";
        }
        if (n.isLiteral()) {
            return "<span class=\"literal\">" + esc(n.getLiteralLexicalForm()) + "</span>";
        }
        if (n.isBlank()) {
            return "<span class=\"anon\">(anonymous class or node)</span>";
        }
        String href = t.href(n);
        if (href != null) {
            return link(root + href, t.label(n));
        }
        return "<a class=\"external\" href=\"" + esc(n.getURI()) + "\">" + esc(Terms.curie(n)) + "</a>";
    }

    private String values(List<Node> nodes, String root) {
        List<String> out = new ArrayList<>();
        for (Node n : nodes) {
            out.add(value(n, root));
        }
        return String.join(", ", out);
    }

    private static String row(String name, String html) {
        return html == null || html.isEmpty() ? "" : "<tr><th>" + esc(name) + "</th><td>" + html + "</td></tr>\n";
    }

    // ---- overview

    private String overview() {
        StringBuilder b = new StringBuilder();
        String title = t.ontologyText(Terms.TITLE).orElse("NutriKG");
        String version = t.ontologyText(OWL.versionInfo.asNode()).orElse("");
        Optional<Node> versionIri = t.ontologyValue(OWL.versionIRI.asNode());
        Optional<Node> license = t.ontologyValue(Terms.LICENSE);
        b.append("<h1>").append(esc(title)).append("</h1>\n");
        t.ontologyText(Terms.DESCRIPTION).ifPresent(d -> b.append("<p class=\"lead\">").append(esc(d)).append("</p>\n"));
        b.append("<p class=\"disclaimer\"><strong>Medical disclaimer.</strong> ").append(esc(DISCLAIMER)).append("</p>\n");
        if (layout == Layout.SERVED) {
            b.append("<h2 id=\"linked-data\">Query and linked data</h2>\n<p>")
                    .append(link("/query", "Query the graph with SPARQL")).append(" in the browser (the named queries ")
                    .append("are there as examples), or send queries to the endpoint <code>/nutrikg/sparql</code>. ")
                    .append("Every IRI of the graph answers here: <code>/resource/VitaminB12</code> gives this ")
                    .append("page to a browser and RDF to a client that asks for Turtle, JSON-LD, N-Triples or ")
                    .append("RDF/XML (or add <code>?format=ttl</code>, <code>jsonld</code>, <code>nt</code>, ")
                    .append("<code>rdf</code>). The dataset's ").append(link("/.well-known/void", "VoID description"))
                    .append(" lists what it holds.</p>\n");
        }
        b.append("<h2 id=\"metadata\">Metadata</h2>\n<table class=\"facts\">\n");
        b.append(row("Ontology IRI", "<code>" + esc(Terms.ONTOLOGY.getURI()) + "</code>"));
        b.append(row("Version", esc(version)));
        b.append(row("Version IRI", versionIri.map(v -> "<code>" + esc(v.getURI()) + "</code>").orElse("")));
        b.append(row("Created", t.ontologyText(Terms.CREATED).map(Html::esc).orElse("")));
        b.append(row("Modified", t.ontologyText(Terms.MODIFIED).map(Html::esc).orElse("")));
        b.append(row("Licence", license.map(l -> "<a class=\"external\" href=\"" + esc(l.getURI()) + "\">"
                + esc(licenceName(l.getURI())) + "</a>").orElse("")));
        b.append(row("Namespaces", "<code>nkg:</code> " + esc(NKG.NS) + "<br><code>nkr:</code> "
                + esc("https://w3id.org/nutrikg/resource/")));
        b.append(row("Generated by", "nutrikg " + esc(Version.get())));
        b.append("</table>\n");

        long claims = t.instances(CLAIM).size();
        b.append("<h2 id=\"contents\">Contents</h2>\n<ul class=\"counts\">\n")
                .append("<li>").append(link(layout.page("classes"), t.classes().size() + " classes")).append("</li>\n")
                .append("<li>").append(link(layout.page("properties"), t.properties().size() + " properties")).append("</li>\n")
                .append("<li>").append(link(layout.page("individuals"), t.individuals().size() + " individuals"))
                .append(", of which ").append(claims).append(" sourced claims</li>\n</ul>\n");

        b.append("<h2 id=\"cite\">How to cite</h2>\n<p class=\"cite\">NutriKG contributors. <em>")
                .append(esc(title)).append("</em>");
        if (!version.isEmpty()) {
            b.append(", version ").append(esc(version));
        }
        b.append(". ").append(esc(versionIri.map(Node::getURI).orElse(Terms.ONTOLOGY.getURI())));
        license.ifPresent(l -> b.append(". Licensed under ").append(esc(licenceName(l.getURI()))));
        b.append(".</p>\n<p>Cite the version IRI, so that readers find the release you used. Each claim also names "
                + "the source its quote was taken from: cite that source for the fact itself.</p>\n");

        b.append("<h2 id=\"hierarchy\">Class hierarchy</h2>\n<p>Each arrow points from a class to its "
                + "superclass. Select a class to read its definition.</p>\n<div class=\"figure\">")
                .append(hierarchy()).append("</div>\n");
        Diagram network = network();
        b.append("<h2 id=\"network\">Causal network</h2>\n<p>What the graph says can cause what: nutrients, the "
                + "deficiencies their lack brings, the conditions and other causes, and the symptoms they can "
                + "cause. Select a box to read the claims and their quotes.</p>\n")
                .append("<ul class=\"legend\"><li><span class=\"key nutrient\"></span>nutrient</li>")
                .append("<li><span class=\"key condition\"></span>condition</li>")
                .append("<li><span class=\"key symptom\"></span>symptom</li>")
                .append("<li><span class=\"key cause\"></span>other cause</li>")
                .append("<li><span class=\"line lack\"></span>lack of the nutrient leads to the deficiency</li>")
                .append("<li><span class=\"line cause\"></span>can cause</li>")
                .append("<li><span class=\"line symptom\"></span>has symptom</li></ul>\n");
        b.append("<div class=\"figure\">").append(network.isEmpty() ? "<p>No causal links in this graph.</p>"
                : network.svg()).append("</div>\n");
        return Html.page(layout, top, "Overview", "index", b.toString());
    }

    private static String licenceName(String iri) {
        if (iri.startsWith("https://creativecommons.org/licenses/by/4.0")) {
            return "CC BY 4.0";
        }
        return iri;
    }

    private String hierarchy() {
        Diagram d = new Diagram("hierarchy", "Class hierarchy of the NutriKG ontology", Direction.LEFT);
        for (Node c : t.sortedByLabel(t.classes())) {
            d.box(new Diagram.Box(c.getURI(), t.label(c), top + t.href(c), "class", Terms.curie(c)));
        }
        for (Node c : t.sortedByLabel(t.classes())) {
            for (Node sup : t.superClasses(c)) {
                d.arrow(new Diagram.Arrow(c.getURI(), sup.getURI(), "subclass"));
            }
        }
        return d.svg();
    }

    private Diagram network() {
        Diagram d = new Diagram("network", "Causal network: nutrients, deficiencies, conditions, causes and symptoms",
                Direction.RIGHT);
        List<Triple> links = new ArrayList<>();
        for (Node p : List.of(DEFICIENCY_OF, CAN_CAUSE, HAS_SYMPTOM)) {
            List<Triple> found = new ArrayList<>(t.graph().find(Node.ANY, p, Node.ANY).toList());
            found.removeIf(x -> !x.getSubject().isURI() || !x.getObject().isURI());
            found.sort(java.util.Comparator.comparing(Triple::toString));
            links.addAll(found);
        }
        List<Node> nodes = new ArrayList<>();
        for (Triple x : links) {
            nodes.add(x.getSubject());
            nodes.add(x.getObject());
        }
        for (Node n : t.sortedByLabel(nodes)) {
            d.box(new Diagram.Box(n.getURI(), t.label(n), t.href(n) == null ? null : top + t.href(n), style(n), Terms.curie(n)));
        }
        for (Triple x : links) {
            if (x.getPredicate().equals(DEFICIENCY_OF)) {
                d.arrow(new Diagram.Arrow(x.getObject().getURI(), x.getSubject().getURI(), "lack"));
            } else {
                d.arrow(new Diagram.Arrow(x.getSubject().getURI(), x.getObject().getURI(),
                        x.getPredicate().equals(HAS_SYMPTOM) ? "symptom" : "cause"));
            }
        }
        return d;
    }

    private String style(Node n) {
        if (t.isA(n, nkg("Nutrient"))) {
            return "nutrient";
        }
        if (t.isA(n, nkg("Symptom"))) {
            return "symptom";
        }
        if (t.isA(n, nkg("Condition"))) {
            return "condition";
        }
        return "cause";
    }

    // ---- classes

    private String classes() {
        StringBuilder b = new StringBuilder("<h1>Classes</h1>\n<p>The kinds of thing the graph describes. ")
                .append("Nutrient, food, symptom, condition, body function, intervention, population group, claim ")
                .append("and source are kinds: nothing is two of them at once. A cause is a role: anything that ")
                .append("can cause something is one.</p>\n<ul class=\"toc\">\n");
        List<Node> sorted = t.sortedByLabel(t.classes());
        for (Node c : sorted) {
            b.append("<li>").append(link("#" + Terms.anchor(c), t.label(c))).append("</li>\n");
        }
        b.append("</ul>\n");
        for (Node c : sorted) {
            b.append("<section class=\"term\" id=\"").append(esc(Terms.anchor(c))).append("\">\n<h2>")
                    .append(esc(t.label(c))).append("</h2>\n<p class=\"iri\"><code>").append(esc(Terms.curie(c)))
                    .append("</code></p>\n");
            t.text(c, Terms.DEFINITION).ifPresent(d -> b.append("<p class=\"definition\">").append(esc(d)).append("</p>\n"));
            t.text(c, Terms.COMMENT).ifPresent(d -> b.append("<p class=\"comment\">").append(esc(d)).append("</p>\n"));
            b.append("<table class=\"facts\">\n");
            b.append(row("Superclasses", values(t.superClasses(c), top)));
            b.append(row("Subclasses", values(t.subClasses(c), top)));
            b.append(row("Disjoint with", values(t.disjointWith(c), top)));
            b.append(row("Domain of", values(propertiesWith(RDFS.domain.asNode(), c), top)));
            b.append(row("Range of", values(propertiesWith(RDFS.range.asNode(), c), top)));
            b.append(row("Exact match", values(t.objects(c, Terms.EXACT), top)));
            b.append(row("Close match", values(t.objects(c, Terms.CLOSE), top)));
            int n = t.instances(c).size();
            b.append(row("Usage", n == 0 ? "no individuals" : link(top + layout.page("individuals") + "#" + Terms.anchor(c),
                    n + (n == 1 ? " individual" : " individuals"))));
            b.append("</table>\n</section>\n");
        }
        return Html.page(layout, top, "Classes", "classes", b.toString());
    }

    /** The properties whose domain (or range) is the class, alone or in a union. */
    private List<Node> propertiesWith(Node domainOrRange, Node c) {
        List<Node> out = new ArrayList<>();
        for (Node p : t.properties()) {
            if (t.classesOf(p, domainOrRange).contains(c)) {
                out.add(p);
            }
        }
        return t.sortedByLabel(out);
    }

    // ---- properties

    private String properties() {
        StringBuilder b = new StringBuilder("<h1>Properties</h1>\n<p>The links between individuals (object ")
                .append("properties), their values (datatype properties) and the annotations of claims.</p>\n");
        Map<String, List<Node>> byKind = new LinkedHashMap<>();
        for (String kind : List.of("object property", "datatype property", "annotation property")) {
            byKind.put(kind, new ArrayList<>());
        }
        for (Node p : t.sortedByLabel(t.properties())) {
            byKind.get(t.kind(p)).add(p);
        }
        b.append("<ul class=\"toc\">\n");
        for (var e : byKind.entrySet()) {
            for (Node p : e.getValue()) {
                b.append("<li>").append(link("#" + Terms.anchor(p), t.label(p))).append(" <span class=\"kind\">")
                        .append(esc(e.getKey())).append("</span></li>\n");
            }
        }
        b.append("</ul>\n");
        for (var e : byKind.entrySet()) {
            for (Node p : e.getValue()) {
                b.append("<section class=\"term\" id=\"").append(esc(Terms.anchor(p))).append("\">\n<h2>")
                        .append(esc(t.label(p))).append("</h2>\n<p class=\"iri\"><code>").append(esc(Terms.curie(p)))
                        .append("</code> <span class=\"kind\">").append(esc(e.getKey())).append("</span></p>\n");
                t.text(p, Terms.DEFINITION).ifPresent(d -> b.append("<p class=\"definition\">").append(esc(d)).append("</p>\n"));
                t.text(p, Terms.COMMENT).ifPresent(d -> b.append("<p class=\"comment\">").append(esc(d)).append("</p>\n"));
                b.append("<table class=\"facts\">\n");
                b.append(row("Domain", union(t.classesOf(p, RDFS.domain.asNode()))));
                b.append(row("Range", union(t.classesOf(p, RDFS.range.asNode()))));
                List<Node> inverse = new ArrayList<>(t.objects(p, OWL.inverseOf.asNode()));
                inverse.addAll(t.subjectsOf(OWL.inverseOf.asNode(), p));
                b.append(row("Inverse", values(t.sortedByLabel(inverse), top)));
                b.append(row("Superproperties", values(t.objects(p, RDFS.subPropertyOf.asNode()), top)));
                b.append(row("Subproperties", values(t.sortedByLabel(t.subjectsOf(RDFS.subPropertyOf.asNode(), p)), top)));
                List<String> traits = new ArrayList<>();
                for (Node trait : List.of(OWL.TransitiveProperty.asNode(), OWL.SymmetricProperty.asNode(),
                        OWL.FunctionalProperty.asNode())) {
                    if (t.graph().contains(p, RDF.type.asNode(), trait)) {
                        traits.add(Terms.localName(trait).replace("Property", "").toLowerCase(Locale.ROOT));
                    }
                }
                b.append(row("Characteristics", esc(String.join(", ", traits))));
                long n = t.usage(p);
                b.append(row("Usage", n == 1 ? "1 statement" : n + " statements"));
                b.append("</table>\n</section>\n");
            }
        }
        return Html.page(layout, top, "Properties", "properties", b.toString());
    }

    private String union(List<Node> classes) {
        List<String> out = new ArrayList<>();
        for (Node c : classes) {
            out.add(value(c, top));
        }
        return String.join(" or ", out);
    }

    // ---- individuals

    private String individualIndex() {
        StringBuilder b = new StringBuilder("<h1>Individuals</h1>\n<p>Every nutrient, food, symptom, condition, ")
                .append("claim and source of the graph, grouped by its class.</p>\n<ul class=\"toc\">\n");
        Map<Node, List<Node>> byClass = new LinkedHashMap<>();
        for (Node c : t.sortedByLabel(t.classes())) {
            List<Node> direct = t.sortedByLabel(t.individuals().stream().filter(i -> t.types(i).contains(c)).toList());
            if (!direct.isEmpty()) {
                byClass.put(c, direct);
            }
        }
        for (var e : byClass.entrySet()) {
            b.append("<li>").append(link("#" + Terms.anchor(e.getKey()), t.label(e.getKey()))).append(" (")
                    .append(e.getValue().size()).append(")</li>\n");
        }
        b.append("</ul>\n");
        for (Node c : t.sortedByLabel(t.classes())) {
            List<Node> direct = byClass.get(c);
            // an anchor for every class, so that a class's "usage" link always lands
            b.append("<section id=\"").append(esc(Terms.anchor(c))).append("\">\n");
            if (direct != null) {
                b.append("<h2>").append(link(top + layout.page("classes") + "#" + Terms.anchor(c), t.label(c))).append("</h2>\n<ul class=\"cols\">\n");
                for (Node i : direct) {
                    b.append("<li>").append(link(top + t.href(i), t.label(i))).append("</li>\n");
                }
                b.append("</ul>\n");
            } else {
                List<Node> sub = t.subClasses(c);
                if (!t.instances(c).isEmpty() && !sub.isEmpty()) {
                    b.append("<h2>").append(link(top + layout.page("classes") + "#" + Terms.anchor(c), t.label(c))).append("</h2>\n<p>See ")
                            .append(String.join(", ", sub.stream().map(s -> link("#" + Terms.anchor(s), t.label(s))).toList()))
                            .append(".</p>\n");
                }
            }
            b.append("</section>\n");
        }
        return Html.page(layout, top, "Individuals", "individuals", b.toString());
    }

    private String individual(Node i) {
        String root = layout.deep();
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(t.label(i))).append("</h1>\n<p class=\"iri\"><code>").append(esc(Terms.curie(i)))
                .append("</code> ").append(values(t.types(i), root)).append("</p>\n");
        String name = i.getURI().substring(org.w3id.nutrikg.model.vocab.NKR.NS.length());
        if (Terms.fileName(name).equals(name)) {
            b.append(formats(layout == Layout.FILES ? root + "resource/" + name : "/resource/" + name));
        }
        List<String> alt = t.texts(i, Terms.ALT_LABEL);
        if (!alt.isEmpty()) {
            b.append("<p class=\"alt\">Also called: ").append(esc(String.join(", ", alt))).append("</p>\n");
        }
        t.text(i, Terms.DEFINITION).ifPresent(d -> b.append("<p class=\"definition\">").append(esc(d)).append("</p>\n"));
        t.text(i, Terms.COMMENT).ifPresent(d -> b.append("<p class=\"comment\">").append(esc(d)).append("</p>\n"));
        if (t.isA(i, CLAIM)) {
            b.append("<h2>Claim</h2>\n").append(claim(i, root, false));
        }

        Map<Node, List<Node>> out = new TreeMap<>(java.util.Comparator.comparing(this::propertyLabel));
        t.graph().find(i, Node.ANY, Node.ANY).forEach(x -> {
            if (!HEADER.contains(x.getPredicate())) {
                out.computeIfAbsent(x.getPredicate(), k -> new ArrayList<>()).add(x.getObject());
            }
        });
        if (!out.isEmpty()) {
            b.append("<h2>Statements</h2>\n<table class=\"facts\">\n");
            for (var e : out.entrySet()) {
                b.append("<tr><th>").append(propertyLink(e.getKey(), root)).append("</th><td>")
                        .append(values(t.sortedByLabel(e.getValue()), root)).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }

        Map<Node, List<Node>> in = new TreeMap<>(java.util.Comparator.comparing(this::propertyLabel));
        t.graph().find(Node.ANY, Node.ANY, i).forEach(x -> {
            Node p = x.getPredicate();
            if (!p.equals(SUBJECT) && !p.equals(OBJECT)) {
                in.computeIfAbsent(p, k -> new ArrayList<>()).add(x.getSubject());
            }
        });
        if (!in.isEmpty()) {
            b.append("<h2>Referenced by</h2>\n<p>What links to this, by property: each of these <em>property</em> "
                    + "this.</p>\n<table class=\"facts\">\n");
            for (var e : in.entrySet()) {
                b.append("<tr><th>").append(propertyLink(e.getKey(), root)).append("</th><td>")
                        .append(values(t.sortedByLabel(e.getValue()), root)).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }

        List<Node> claims = new ArrayList<>(t.subjectsOf(SUBJECT, i));
        claims.addAll(t.subjectsOf(OBJECT, i));
        claims = t.sortedByLabel(claims);
        if (!claims.isEmpty()) {
            b.append("<h2>Claims and their evidence</h2>\n");
            for (Node c : claims) {
                b.append(claim(c, root, true));
            }
        }
        return Html.page(layout, root, t.label(i), "", b.toString());
    }

    /** A claim: its statement, qualifiers, the verbatim quotes and the source. */
    private String claim(Node c, String root, boolean linkClaim) {
        StringBuilder b = new StringBuilder("<div class=\"claim\">\n<p class=\"statement\">");
        b.append(value(t.object(c, SUBJECT).orElse(null), root)).append(' ')
                .append(t.object(c, PREDICATE).map(p -> "<em>" + propertyLink(p, root) + "</em>").orElse(""))
                .append(' ').append(value(t.object(c, OBJECT).orElse(null), root));
        List<String> qualifiers = new ArrayList<>(t.texts(c, FREQUENCY));
        qualifiers.addAll(t.texts(c, DIRECTNESS));
        if (!qualifiers.isEmpty()) {
            b.append(" <span class=\"qualifier\">(").append(esc(String.join(", ", qualifiers))).append(")</span>");
        }
        if (linkClaim) {
            b.append(" <span class=\"more\">").append(link(root + t.href(c), "claim")).append("</span>");
        }
        b.append("</p>\n");
        for (String q : t.texts(c, QUOTE)) {
            b.append("<blockquote>").append(esc(q)).append("</blockquote>\n");
        }
        List<Node> sources = t.objects(c, DERIVED_FROM);
        if (!sources.isEmpty()) {
            b.append("<p class=\"source\">Source: ").append(values(sources, root)).append("</p>\n");
        }
        return b.append("</div>\n").toString();
    }

    private String propertyLabel(Node p) {
        return t.label(p).toLowerCase(Locale.ROOT) + " " + p.getURI();
    }

    private String propertyLink(Node p, String root) {
        String href = t.href(p);
        String text = t.properties().contains(p) ? t.label(p) : Terms.curie(p);
        return href == null ? esc(text) : link(root + href, text);
    }

    // ---- search

    private String search() {
        StringBuilder index = new StringBuilder("[");
        List<String> entries = new ArrayList<>();
        for (Node c : t.sortedByLabel(t.classes())) {
            entries.add(entry(t.label(c), List.of(Terms.curie(c)), "class", top + t.href(c)));
        }
        for (Node p : t.sortedByLabel(t.properties())) {
            entries.add(entry(t.label(p), List.of(Terms.curie(p)), t.kind(p), top + t.href(p)));
        }
        for (Node i : t.sortedByLabel(t.individuals())) {
            List<String> also = new ArrayList<>(t.texts(i, Terms.ALT_LABEL));
            also.add(Terms.curie(i));
            String kind = t.types(i).stream().map(t::label).reduce((a, z) -> a + ", " + z).orElse("individual");
            entries.add(entry(t.label(i), also, kind, top + t.href(i)));
        }
        index.append(String.join(",\n", entries)).append("]");
        String body = "<h1>Search</h1>\n<p>Labels, synonyms and prefixed names of every class, property and "
                + "individual. The index is part of this page: search works offline.</p>\n"
                + "<p><input id=\"q\" type=\"search\" placeholder=\"e.g. cobalamin, cramp, nkg:foodSourceOf\" "
                + "aria-label=\"Search terms\" autofocus></p>\n<p id=\"count\" aria-live=\"polite\"></p>\n"
                + "<ol id=\"results\"></ol>\n"
                + "<script type=\"application/json\" id=\"search-index\">\n" + index + "\n</script>\n"
                + "<script>\n" + Styles.SEARCH_JS + "</script>";
        return Html.page(layout, top, "Search", "search", body);
    }

    /** One entry of the search index: a JSON array of four strings, safe inside an HTML script element. */
    static String entry(String label, List<String> also, String kind, String href) {
        java.io.StringWriter w = new java.io.StringWriter();
        try (JsonGenerator g = Json.createGenerator(w)) {
            g.writeStartArray();
            for (String s : new String[] {label, String.join(" | ", also), kind, href}) {
                if (s == null) {
                    g.writeNull();
                } else {
                    g.write(s);
                }
            }
            g.writeEnd();
        }
        // '<', '>' and '&' occur only inside strings: escaped, "</script>" cannot end the element
        return w.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
