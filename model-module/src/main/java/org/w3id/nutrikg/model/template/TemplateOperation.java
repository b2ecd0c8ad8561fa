// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.nutrikg.model.BadInputException;
import org.w3id.nutrikg.model.Suggestions;
import org.w3id.nutrikg.model.io.BundledResources;
import org.w3id.nutrikg.model.io.RdfFiles;
import org.w3id.nutrikg.model.io.SortedTurtle;
import org.w3id.nutrikg.model.template.TemplateColumn.Kind;
import org.w3id.nutrikg.model.vocab.NKG;
import org.w3id.nutrikg.model.vocab.Prefixes;

/**
 * Turns a table into RDF, in the manner of ROBOT's {@code template}: the header row says what each column
 * gives, each data row describes one subject.
 *
 * <p>Header cells (the only template row; there is no second ROBOT-style template row):
 * <ul>
 * <li>{@code ID}: the row's subject, a CURIE ({@code nkr:Banana}) or an IRI; required.</li>
 * <li>{@code LABEL}: {@code rdfs:label}, an English string.</li>
 * <li>{@code TYPE}: {@code rdf:type}, a CURIE or an IRI.</li>
 * <li>{@code nkg:foodSourceOf} (a property, as CURIE or {@code <IRI>}): values are IRIs or CURIEs.</li>
 * <li>{@code skos:altLabel@en}: values are strings in that language.</li>
 * <li>{@code nkg:amount^^xsd:decimal}: values are literals of that datatype, checked.</li>
 * <li>A suffix {@code " SPLIT=|"} on any of these: one cell holds several values, separated by "|".</li>
 * <li>An empty header, or one starting with '#': a note column, ignored.</li>
 * </ul>
 * Empty cells give nothing; rows that share an ID describe the same subject. Errors name the file, the line
 * of the row and the number of the column.
 */
public final class TemplateOperation {

    private static final Pattern SPLIT = Pattern.compile("^(.*?)\\s+SPLIT=(\\S+)$");
    private static final Pattern CURIE = Pattern.compile("([A-Za-z][A-Za-z0-9_.-]*):([^\\s<>\"{}|\\\\^`]*)");
    private static final Pattern TYPED = Pattern.compile("^(.+?)\\^\\^(.+)$");
    private static final Pattern SAFE_LOCAL = Pattern.compile("[A-Za-z0-9_.~-]*");
    private static final Pattern LANG = Pattern.compile("^(.+?)@([A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)$");

    private static volatile Set<String> ontologyTerms;

    private TemplateOperation() {
    }

    /** Reads a .csv or .tsv template and writes its RDF as sorted Turtle to {@code out}. Returns the graph. */
    public static Graph run(Path table, TemplateOptions options, OutputStream out) {
        TemplateTable t = Tables.read(table);
        Graph g = toGraph(t, options);
        SortedTurtle.write(g, "Made by nutrikg template from " + (table.getFileName() == null ? table
                : table.getFileName()), out);
        return g;
    }

    /** The RDF a table describes. */
    public static Graph toGraph(TemplateTable table, TemplateOptions options) {
        List<TemplateColumn> columns = columns(table, options);
        TemplateColumn id = columns.stream().filter(c -> c.kind() == Kind.ID).findFirst().orElseThrow();
        Graph g = GraphFactory.createDefaultGraph();
        for (TemplateTable.Row row : table.rows()) {
            String idCell = row.cell(id.index()).strip();
            if (idCell.isEmpty()) {
                for (TemplateColumn c : columns) {
                    if (c.kind() != Kind.NOTE && !row.cell(c.index()).isBlank()) {
                        throw error(table, row, id, TemplateMessages.MISSING_ID);
                    }
                }
                continue;
            }
            Node subject = iriValue(table, row, id, idCell, options);
            for (TemplateColumn c : columns) {
                if (c.kind() == Kind.NOTE || c.kind() == Kind.ID) {
                    continue;
                }
                for (String v : values(row.cell(c.index()), c.split())) {
                    g.add(subject, c.property(), object(table, row, c, v, options));
                }
            }
        }
        return g;
    }

    /** What the header row of a table says; the first error names the header cell. */
    public static List<TemplateColumn> columns(TemplateTable table, TemplateOptions options) {
        List<TemplateColumn> out = new ArrayList<>();
        TemplateTable.Row header = table.header();
        boolean hasId = false;
        for (int i = 0; i < header.cells().size(); i++) {
            TemplateColumn c = column(table, i, header.cell(i).strip(), options);
            if (c.kind() == Kind.ID) {
                if (hasId) {
                    throw new BadInputException(table.source(), header.line(), i + 1, TemplateMessages.TWO_ID_COLUMNS, null);
                }
                hasId = true;
            }
            out.add(c);
        }
        if (!hasId) {
            throw new BadInputException(table.source(), header.line(), 1, TemplateMessages.NO_ID_COLUMN, null);
        }
        return out;
    }

    private static TemplateColumn column(TemplateTable table, int index, String text, TemplateOptions options) {
        long line = table.header().line();
        if (text.isEmpty() || text.startsWith("#")) {
            return new TemplateColumn(index, text, Kind.NOTE, null, null, null, null);
        }
        String split = null;
        String spec = text;
        Matcher sm = SPLIT.matcher(text);
        if (sm.matches()) {
            spec = sm.group(1);
            split = sm.group(2);
        }
        switch (spec) {
            case "ID":
                return new TemplateColumn(index, text, Kind.ID, null, null, null, null);
            case "LABEL":
                return new TemplateColumn(index, text, Kind.LABEL, RDFS.label.asNode(), "en", null, split);
            case "TYPE":
                return new TemplateColumn(index, text, Kind.TYPE, RDF.type.asNode(), null, null, split);
            default:
                break;
        }
        Matcher typed = TYPED.matcher(spec);
        Matcher lang = LANG.matcher(spec);
        if (typed.matches()) {
            Node p = headerIri(table, index, typed.group(1), text, options);
            Node dt = headerIri(table, index, typed.group(2), text, options);
            RDFDatatype datatype = TypeMapper.getInstance().getTypeByName(dt.getURI());
            if (datatype == null || !(datatype instanceof XSDDatatype) && !dt.getURI().equals(RDF.langString.getURI())) {
                throw new BadInputException(table.source(), line, index + 1,
                        String.format(TemplateMessages.UNKNOWN_DATATYPE, typed.group(2), text), null);
            }
            return new TemplateColumn(index, text, Kind.TYPED, p, null, datatype, split);
        }
        if (lang.matches()) {
            Node p = headerIri(table, index, lang.group(1), text, options);
            return new TemplateColumn(index, text, Kind.LANG, p, lang.group(2), null, split);
        }
        Node p = headerIri(table, index, spec, text, options);
        return new TemplateColumn(index, text, Kind.IRI, p, null, null, split);
    }

    private static Node headerIri(TemplateTable table, int index, String s, String header, TemplateOptions options) {
        long line = table.header().line();
        Node n = parseIri(s, false);
        if (n == null) {
            Matcher m = CURIE.matcher(s);
            if (m.matches() && !Prefixes.map().containsKey(m.group(1))) {
                throw new BadInputException(table.source(), line, index + 1, unknownPrefix(m.group(1), s), null);
            }
            throw new BadInputException(table.source(), line, index + 1,
                    String.format(TemplateMessages.BAD_HEADER, header), null);
        }
        checkTerm(n, options, table.source(), line, index + 1);
        return n;
    }

    private static String unknownPrefix(String prefix, String in) {
        return String.format(TemplateMessages.UNKNOWN_PREFIX, prefix, in, String.join(", ", Prefixes.map().keySet()));
    }

    private static void checkTerm(Node n, TemplateOptions options, String source, long line, int column) {
        if (options.vocabulary() == null || !n.getURI().startsWith(NKG.NS) || options.vocabulary().contains(n.getURI())) {
            return;
        }
        String local = "nkg:" + n.getURI().substring(NKG.NS.length());
        List<String> known = options.vocabulary().stream().map(u -> "nkg:" + u.substring(NKG.NS.length())).toList();
        throw new BadInputException(source, line, column,
                String.format(TemplateMessages.UNKNOWN_TERM, local) + Suggestions.didYouMean(local, known), null);
    }

    private static List<String> values(String cell, String split) {
        String v = cell.strip();
        if (v.isEmpty()) {
            return List.of();
        }
        if (split == null) {
            return List.of(v);
        }
        List<String> out = new ArrayList<>();
        for (String part : v.split(Pattern.quote(split), -1)) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static Node object(TemplateTable table, TemplateTable.Row row, TemplateColumn c, String v,
            TemplateOptions options) {
        return switch (c.kind()) {
            case LABEL, LANG -> NodeFactory.createLiteralLang(v, c.lang());
            case TYPE, IRI -> iriValue(table, row, c, v, options);
            case TYPED -> {
                if (!c.datatype().isValid(v)) {
                    throw error(table, row, c, String.format(TemplateMessages.BAD_LITERAL, v,
                            shortName(c.datatype().getURI()), c.header()));
                }
                yield NodeFactory.createLiteralDT(v, c.datatype());
            }
            default -> throw new IllegalStateException(c.kind().name());
        };
    }

    private static Node iriValue(TemplateTable table, TemplateTable.Row row, TemplateColumn c, String v,
            TemplateOptions options) {
        Node n = parseIri(v, true);
        if (n == null) {
            Matcher m = CURIE.matcher(v);
            if (m.matches() && !v.contains("//") && !Prefixes.map().containsKey(m.group(1))) {
                throw error(table, row, c, unknownPrefix(m.group(1), v));
            }
            String prop = c.kind() == Kind.ID ? "ID" : c.header();
            throw error(table, row, c, String.format(TemplateMessages.NOT_AN_IRI, v, c.header(), prop, prop));
        }
        checkTerm(n, options, table.source(), row.line(), c.number());
        return n;
    }

    /**
     * An IRI written as {@code <iri>}, a CURIE with one of NutriKG's prefixes, or (when {@code bare}) an
     * absolute http, https or urn IRI; null when the text is none of these.
     */
    static Node parseIri(String s, boolean bare) {
        String iri = null;
        Matcher curie = CURIE.matcher(s);
        if (curie.matches() && Prefixes.map().containsKey(curie.group(1)) && SAFE_LOCAL.matcher(curie.group(2)).matches()) {
            // a NutriKG namespace and a plain local name: a valid IRI without a parser's help (much faster)
            return NodeFactory.createURI(Prefixes.map().get(curie.group(1)) + curie.group(2));
        }
        if (s.startsWith("<") && s.endsWith(">")) {
            iri = s.substring(1, s.length() - 1);
        } else if (bare && (s.startsWith("http://") || s.startsWith("https://") || s.startsWith("urn:"))) {
            iri = s;
        } else {
            Matcher m = CURIE.matcher(s);
            if (m.matches() && Prefixes.map().containsKey(m.group(1))) {
                iri = Prefixes.map().get(m.group(1)) + m.group(2);
            }
        }
        if (iri == null) {
            return null;
        }
        try {
            IRIx x = IRIx.create(iri);
            if (x.isRelative() || x.hasViolations()) {
                return null;
            }
        } catch (IRIException e) {
            return null;
        }
        return NodeFactory.createURI(iri);
    }

    private static String shortName(String uri) {
        for (Map.Entry<String, String> e : Prefixes.map().entrySet()) {
            if (uri.startsWith(e.getValue())) {
                return e.getKey() + ":" + uri.substring(e.getValue().length());
            }
        }
        return "<" + uri + ">";
    }

    private static BadInputException error(TemplateTable table, TemplateTable.Row row, TemplateColumn c, String message) {
        return new BadInputException(table.source(), row.line(), c.number(), message, null);
    }

    /** The IRIs of the NutriKG terms (nkg:) that the bundled ontology declares. */
    public static Set<String> ontologyTerms() {
        Set<String> terms = ontologyTerms;
        if (terms == null) {
            Graph g = GraphFactory.createDefaultGraph();
            String resource = BundledResources.ONTOLOGY + "/" + BundledResources.ONTOLOGY_FILE;
            try (InputStream in = BundledResources.open(resource)) {
                RdfFiles.parse(in, Lang.TURTLE, resource, StreamRDFLib.graph(g));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            TreeSet<String> out = new TreeSet<>();
            g.find().forEach(t -> {
                if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(NKG.NS)
                        && t.getPredicate().equals(RDF.type.asNode())) {
                    out.add(t.getSubject().getURI());
                }
            });
            terms = Set.copyOf(out);
            ontologyTerms = terms;
        }
        return terms;
    }
}
