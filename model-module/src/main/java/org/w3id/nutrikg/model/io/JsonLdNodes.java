// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;

/**
 * Writes compacted JSON-LD node objects one at a time: a {@code @context}, then a {@code @graph} array. A value
 * goes under a term of the context when the term's coercion fits it (a short string), else under the
 * property's compact IRI as an explicit value object, which the JSON-LD compaction algorithm would also
 * choose. Reading the output back as RDF gives the triples written. The writers that decide which nodes come
 * in which order are {@link SortedJsonLdWriter} (a graph in memory) and {@link StreamedJsonLdWriter} (a stream).
 */
final class JsonLdNodes {

    /** How blank nodes are named in the output, and in which order they come as values. */
    interface BlankNodes {
        String id(Node blank);

        /** The order of two blank nodes as values of one property; by default, by label. */
        default int compare(Node a, Node b) {
            return a.getBlankNodeLabel().compareTo(b.getBlankNodeLabel());
        }
    }

    /** The RDF lists written in place, as JSON-LD lists. */
    interface Lists {
        /** No list is written in place: list nodes are nodes like any other. */
        Lists NONE = new Lists() {
            @Override
            public boolean isHead(Node n) {
                return false;
            }

            @Override
            public List<Node> items(Node head) {
                throw new IllegalStateException("no list is written in place");
            }
        };

        boolean isHead(Node n);

        List<Node> items(Node head);
    }

    private static final Node TYPE = RDF.type.asNode();
    private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();

    private final CompactionContext context;
    private final OutputStream out;
    private final JsonGenerator g;
    private final BlankNodes blanks;
    private final Lists lists;
    private final Comparator<Triple> order;

    /** Starts the document on {@code out}: the context, as {@code contextDocument} gives it, and the graph array. */
    JsonLdNodes(CompactionContext context, JsonValue contextDocument, OutputStream out, BlankNodes blanks,
            Lists lists) {
        this.context = context;
        this.out = out;
        this.blanks = blanks;
        this.lists = lists;
        this.order = (a, b) -> {
            int c = a.getPredicate().getURI().compareTo(b.getPredicate().getURI());
            return c != 0 ? c : compareObjects(a.getObject(), b.getObject());
        };
        this.g = JsonProvider.provider()
                .createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(out, StandardCharsets.UTF_8);
        g.writeStartObject();
        g.write("@context", contextDocument.asJsonObject().get("@context"));
        g.writeStartArray("@graph");
    }

    /** Ends the graph array and the document with a line end, and flushes; the stream stays open. */
    void finish() {
        g.writeEnd();
        g.writeEnd();
        g.flush();
        try {
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the node {@code s} with {@code triples}, its outgoing triples (sorted here, in place). */
    void write(Node s, List<Triple> triples) {
        triples.sort(order);
        Map<String, List<Value>> entries = new LinkedHashMap<>();
        Set<String> arrayKeys = new HashSet<>();
        for (Triple t : triples) {
            if (t.getPredicate().equals(TYPE) && !t.getObject().isLiteral()) {
                entries.computeIfAbsent(context.typeKey(), k -> new ArrayList<>())
                        .add(new Plain(vocabOrBlank(t.getObject())));
            }
        }
        for (Triple t : triples) {
            if (!t.getPredicate().equals(TYPE) || t.getObject().isLiteral()) {
                add(entries, arrayKeys, t.getPredicate().getURI(), t.getObject());
            }
        }
        g.writeStartObject();
        g.write(context.idKey(), identifier(s));
        for (Map.Entry<String, List<Value>> e : entries.entrySet()) {
            List<Value> values = e.getValue();
            if (values.size() == 1 && !arrayKeys.contains(e.getKey())) {
                values.get(0).write(g, e.getKey());
            } else {
                g.writeStartArray(e.getKey());
                for (Value v : values) {
                    v.write(g);
                }
                g.writeEnd();
            }
        }
        g.writeEnd();
    }

    /**
     * Puts the value {@code o} of the property {@code p} under its key: the term that term selection picks (its
     * values an array if it is a {@code @set} or {@code @list} term), else the property's compact IRI.
     */
    private void add(Map<String, List<Value>> entries, Set<String> arrayKeys, String p, Node o) {
        if (lists.isHead(o)) {
            List<Node> items = lists.items(o);
            CompactionContext.Term term = context.selectTerm(p, listWanted(items), true);
            if (term != null && term.list() && entries.containsKey(term.name())) {
                term = null; // a second list under one list term would merge with the first
            }
            if (term != null && term.list()) {
                arrayKeys.add(term.name());
                List<Value> values = entries.computeIfAbsent(term.name(), k -> new ArrayList<>());
                for (Node item : items) {
                    values.add(under(term, item));
                }
                return;
            }
            String key = term != null ? term.name() : context.propertyKey(p);
            List<Value> itemValues = new ArrayList<>(items.size());
            for (Node item : items) {
                itemValues.add(term != null ? under(term, item) : explicit(item, context.isTerm(key)));
            }
            entries.computeIfAbsent(key, k -> new ArrayList<>()).add(new ListOf(context.keyword("@list"), itemValues));
            return;
        }
        CompactionContext.Term term = context.selectTerm(p, wanted(o), false);
        if (term != null) {
            if (term.array()) {
                arrayKeys.add(term.name());
            }
            entries.computeIfAbsent(term.name(), k -> new ArrayList<>()).add(under(term, o));
            return;
        }
        String key = context.propertyKey(p);
        entries.computeIfAbsent(key, k -> new ArrayList<>()).add(explicit(o, context.isTerm(key)));
    }

    /** What term selection looks for to hold {@code o} (IRI compaction, step 4, of JSON-LD 1.1). */
    private CompactionContext.Wanted wanted(Node o) {
        if (!o.isLiteral()) {
            boolean vocabTerm = o.isURI() && context.vocabValueIsTerm(o.getURI());
            return new CompactionContext.Wanted("@type",
                    vocabTerm ? List.of("@vocab", "@id", "@none") : List.of("@id", "@vocab", "@none"));
        }
        String lang = o.getLiteralLanguage();
        if (o.getLiteralBaseDirection() != null) {
            String dir = "_" + o.getLiteralBaseDirection().direction();
            return new CompactionContext.Wanted("@language", List.of(lang.toLowerCase(Locale.ROOT) + dir, dir, "@none"));
        }
        if (!lang.isEmpty()) {
            return new CompactionContext.Wanted("@language", List.of(lang.toLowerCase(Locale.ROOT), "@none"));
        }
        String datatype = o.getLiteralDatatypeURI();
        if (XSD_STRING.equals(datatype)) {
            return new CompactionContext.Wanted("@language", List.of("@null", "@none"));
        }
        return new CompactionContext.Wanted("@type", List.of(datatype, "@none"));
    }

    /** What term selection looks for to hold a list of {@code items}: their common type or language, if any. */
    private static CompactionContext.Wanted listWanted(List<Node> items) {
        String commonLanguage = null;
        String commonType = null;
        for (Node item : items) {
            String itemLanguage = "@none";
            String itemType = "@none";
            if (!item.isLiteral()) {
                itemType = "@id";
            } else if (item.getLiteralBaseDirection() != null) {
                itemLanguage = item.getLiteralLanguage().toLowerCase(Locale.ROOT) + "_"
                        + item.getLiteralBaseDirection().direction();
            } else if (!item.getLiteralLanguage().isEmpty()) {
                itemLanguage = item.getLiteralLanguage().toLowerCase(Locale.ROOT);
            } else if (XSD_STRING.equals(item.getLiteralDatatypeURI())) {
                itemLanguage = "@null";
            } else {
                itemType = item.getLiteralDatatypeURI();
            }
            if (commonLanguage == null) {
                commonLanguage = itemLanguage;
            } else if (!itemLanguage.equals(commonLanguage) && item.isLiteral()) {
                commonLanguage = "@none";
            }
            if (commonType == null) {
                commonType = itemType;
            } else if (!itemType.equals(commonType)) {
                commonType = "@none";
            }
            if ("@none".equals(commonLanguage) && "@none".equals(commonType)) {
                break;
            }
        }
        if (commonType != null && !"@none".equals(commonType)) {
            return new CompactionContext.Wanted("@type", List.of(commonType, "@none"));
        }
        return new CompactionContext.Wanted("@language",
                List.of(commonLanguage == null ? "@none" : commonLanguage, "@none"));
    }

    /** {@code o} compacted under {@code term} (value compaction): a plain string where the term's coercion fits. */
    private Value under(CompactionContext.Term term, Node o) {
        String type = term.type();
        if (!o.isLiteral()) {
            if ("@id".equals(type)) {
                return new Plain(identifier(o));
            }
            return "@vocab".equals(type) ? new Plain(vocabOrBlank(o)) : explicit(o, true);
        }
        if (o.getLiteralBaseDirection() != null) {
            return explicit(o, true);
        }
        String lang = o.getLiteralLanguage();
        if (!lang.isEmpty()) {
            return type == null && term.hasLanguage() && lang.equalsIgnoreCase(term.language())
                    ? new Plain(o.getLiteralLexicalForm()) : explicit(o, true);
        }
        String datatype = o.getLiteralDatatypeURI();
        if (XSD_STRING.equals(datatype)) {
            return type == null && term.language() == null ? new Plain(o.getLiteralLexicalForm()) : explicit(o, true);
        }
        return datatype.equals(type) ? new Plain(o.getLiteralLexicalForm()) : explicit(o, true);
    }

    /** {@code o} as a node reference or value object; a plain string where no term could coerce it. */
    private Value explicit(Node o, boolean underTerm) {
        if (!o.isLiteral()) {
            return new Explicit(context.idKey(), identifier(o));
        }
        String lex = o.getLiteralLexicalForm();
        String lang = o.getLiteralLanguage();
        if (!lang.isEmpty()) {
            return o.getLiteralBaseDirection() == null
                    ? new Explicit(context.keyword("@value"), lex, context.keyword("@language"), lang)
                    : new Explicit(context.keyword("@value"), lex, context.keyword("@language"), lang,
                            context.keyword("@direction"),
                            o.getLiteralBaseDirection().direction());
        }
        String datatype = o.getLiteralDatatypeURI();
        if (XSD_STRING.equals(datatype)) {
            return underTerm ? new Explicit(context.keyword("@value"), lex) : new Plain(lex);
        }
        return new Explicit(context.keyword("@value"), lex, context.typeKey(), context.vocabValue(datatype));
    }

    private String identifier(Node n) {
        return n.isBlank() ? blanks.id(n) : context.documentValue(n.getURI());
    }

    private String vocabOrBlank(Node n) {
        return n.isBlank() ? blanks.id(n) : context.vocabValue(n.getURI());
    }

    /** IRIs, then blank nodes, then literals (by lexical form, language, datatype); nothing is allocated. */
    private int compareObjects(Node a, Node b) {
        int kind = Integer.compare(kind(a), kind(b));
        if (kind != 0) {
            return kind;
        }
        if (a.isURI()) {
            return a.getURI().compareTo(b.getURI());
        }
        if (a.isBlank()) {
            return blanks.compare(a, b);
        }
        if (!a.isLiteral()) {
            return 0;
        }
        int c = a.getLiteralLexicalForm().compareTo(b.getLiteralLexicalForm());
        if (c == 0) {
            c = a.getLiteralLanguage().compareTo(b.getLiteralLanguage());
        }
        return c != 0 ? c : a.getLiteralDatatypeURI().compareTo(b.getLiteralDatatypeURI());
    }

    private static int kind(Node n) {
        return n.isURI() ? 0 : n.isBlank() ? 1 : n.isLiteral() ? 2 : 3;
    }

    /** One value of a key, as it is written. */
    private interface Value {
        void write(JsonGenerator g);

        void write(JsonGenerator g, String key);
    }

    /** A string that the key's term, or the absence of one, gives its meaning. */
    private record Plain(String text) implements Value {
        @Override
        public void write(JsonGenerator g) {
            g.write(text);
        }

        @Override
        public void write(JsonGenerator g, String key) {
            g.write(key, text);
        }
    }

    /** A value written as a JSON object: the members are what differs. */
    private interface ObjectValue extends Value {
        @Override
        default void write(JsonGenerator g) {
            g.writeStartObject();
            members(g);
            g.writeEnd();
        }

        @Override
        default void write(JsonGenerator g, String key) {
            g.writeStartObject(key);
            members(g);
            g.writeEnd();
        }

        void members(JsonGenerator g);
    }

    /** A node reference or value object: keyword, value, keyword, value... */
    private record Explicit(String... pairs) implements ObjectValue {
        @Override
        public void members(JsonGenerator g) {
            for (int i = 0; i < pairs.length; i += 2) {
                g.write(pairs[i], pairs[i + 1]);
            }
        }
    }

    /** A JSON-LD list object, for a list under a key that is not a list term. */
    private record ListOf(String key, List<Value> items) implements ObjectValue {
        @Override
        public void members(JsonGenerator g) {
            g.writeStartArray(key);
            for (Value v : items) {
                v.write(g);
            }
            g.writeEnd();
        }
    }
}
