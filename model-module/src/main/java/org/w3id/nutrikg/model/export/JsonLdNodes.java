// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** How blank nodes are named in the output. */
    interface BlankNodes {
        String id(Node blank);
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
    private static final Comparator<Triple> BY_PREDICATE_THEN_OBJECT = (a, b) -> {
        int c = a.getPredicate().getURI().compareTo(b.getPredicate().getURI());
        return c != 0 ? c : compareObjects(a.getObject(), b.getObject());
    };

    private final CompactionContext context;
    private final OutputStream out;
    private final JsonGenerator g;
    private final BlankNodes blanks;
    private final Lists lists;

    /** Starts the document on {@code out}: the context, as {@code contextDocument} gives it, and the graph array. */
    JsonLdNodes(CompactionContext context, JsonValue contextDocument, OutputStream out, BlankNodes blanks,
            Lists lists) {
        this.context = context;
        this.out = out;
        this.blanks = blanks;
        this.lists = lists;
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
        triples.sort(BY_PREDICATE_THEN_OBJECT);
        Map<String, List<Value>> entries = new LinkedHashMap<>();
        Set<String> listKeys = new HashSet<>();
        for (Triple t : triples) {
            if (t.getPredicate().equals(TYPE) && !t.getObject().isLiteral()) {
                entries.computeIfAbsent(context.typeKey(), k -> new ArrayList<>())
                        .add(new Plain(vocabOrBlank(t.getObject())));
            }
        }
        for (Triple t : triples) {
            if (!t.getPredicate().equals(TYPE) || t.getObject().isLiteral()) {
                add(entries, listKeys, t.getPredicate().getURI(), t.getObject());
            }
        }
        g.writeStartObject();
        g.write(context.idKey(), identifier(s));
        for (Map.Entry<String, List<Value>> e : entries.entrySet()) {
            List<Value> values = e.getValue();
            if (values.size() == 1 && !listKeys.contains(e.getKey())) {
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

    /** Puts the value {@code o} of the property {@code p} under its key. */
    private void add(Map<String, List<Value>> entries, Set<String> listKeys, String p, Node o) {
        if (lists.isHead(o)) {
            List<Node> items = lists.items(o);
            for (CompactionContext.Term term : context.termsFor(p)) {
                if (term.list()) {
                    List<Value> values = entries.computeIfAbsent(term.name(), k -> new ArrayList<>());
                    if (!values.isEmpty()) {
                        continue; // a second list under one list term would merge with the first
                    }
                    listKeys.add(term.name());
                    for (Node item : items) {
                        Value v = coerced(term, item);
                        values.add(v != null ? v : explicit(item, true));
                    }
                    return;
                }
            }
            String key = context.propertyKey(p);
            List<Value> itemValues = new ArrayList<>(items.size());
            for (Node item : items) {
                itemValues.add(explicit(item, context.isTerm(key)));
            }
            entries.computeIfAbsent(key, k -> new ArrayList<>()).add(new ListOf(itemValues));
            return;
        }
        for (CompactionContext.Term term : context.termsFor(p)) {
            if (!term.list()) {
                Value v = coerced(term, o);
                if (v != null) {
                    entries.computeIfAbsent(term.name(), k -> new ArrayList<>()).add(v);
                    return;
                }
            }
        }
        String key = context.propertyKey(p);
        entries.computeIfAbsent(key, k -> new ArrayList<>()).add(explicit(o, context.isTerm(key)));
    }

    /** {@code o} as a plain string under {@code term}, or null when the term's coercion does not fit it. */
    private Plain coerced(CompactionContext.Term term, Node o) {
        String type = term.type();
        if (!o.isLiteral()) {
            if ("@id".equals(type)) {
                return new Plain(identifier(o));
            }
            return "@vocab".equals(type) ? new Plain(vocabOrBlank(o)) : null;
        }
        if (o.getLiteralBaseDirection() != null) {
            return null;
        }
        String lang = o.getLiteralLanguage();
        if (!lang.isEmpty()) {
            return type == null && term.hasLanguage() && lang.equals(term.language())
                    ? new Plain(o.getLiteralLexicalForm()) : null;
        }
        String datatype = o.getLiteralDatatypeURI();
        if (XSD_STRING.equals(datatype)) {
            return type == null && term.language() == null ? new Plain(o.getLiteralLexicalForm()) : null;
        }
        return datatype.equals(type) ? new Plain(o.getLiteralLexicalForm()) : null;
    }

    /** {@code o} as a node reference or value object; a plain string where no term could coerce it. */
    private Value explicit(Node o, boolean underTerm) {
        if (!o.isLiteral()) {
            return new Explicit("@id", identifier(o));
        }
        String lex = o.getLiteralLexicalForm();
        String lang = o.getLiteralLanguage();
        if (!lang.isEmpty()) {
            return o.getLiteralBaseDirection() == null ? new Explicit("@value", lex, "@language", lang)
                    : new Explicit("@value", lex, "@language", lang, "@direction",
                            o.getLiteralBaseDirection().direction());
        }
        String datatype = o.getLiteralDatatypeURI();
        if (XSD_STRING.equals(datatype)) {
            return underTerm ? new Explicit("@value", lex) : new Plain(lex);
        }
        return new Explicit("@value", lex, "@type", context.vocabValue(datatype));
    }

    private String identifier(Node n) {
        return n.isBlank() ? blanks.id(n) : context.documentValue(n.getURI());
    }

    private String vocabOrBlank(Node n) {
        return n.isBlank() ? blanks.id(n) : context.vocabValue(n.getURI());
    }

    /** IRIs, then blank nodes, then literals (by lexical form, language, datatype); nothing is allocated. */
    private static int compareObjects(Node a, Node b) {
        int kind = Integer.compare(kind(a), kind(b));
        if (kind != 0) {
            return kind;
        }
        if (a.isURI()) {
            return a.getURI().compareTo(b.getURI());
        }
        if (a.isBlank()) {
            return a.getBlankNodeLabel().compareTo(b.getBlankNodeLabel());
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
    private record ListOf(List<Value> items) implements ObjectValue {
        @Override
        public void members(JsonGenerator g) {
            g.writeStartArray("@list");
            for (Value v : items) {
                v.write(g);
            }
            g.writeEnd();
        }
    }
}
