// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * What a JSON-LD 1.1 context means to a writer that compacts one node at a time: its terms (an IRI, and
 * optionally a type coercion, a language or a list container), its prefixes, and the aliases of
 * {@code @id} and {@code @type}. Only contexts made of those definitions are understood here; for any
 * other ({@code @vocab}, {@code @base}, a default language, scoped or remote contexts, reverse terms, ...)
 * {@link #of} gives nothing and the full JSON-LD compaction algorithm is the writer to use.
 */
final class CompactionContext {

    /** Whether a term can stand for a value, and how its value is then written. */
    record Term(String name, String iri, String type, boolean hasLanguage, String language, boolean list) {
    }

    private static final Set<String> TERM_KEYS = Set.of("@id", "@type", "@language", "@container", "@prefix");
    private static final String GEN_DELIMS = ":/?#[]@";

    private final Map<String, Term> terms = new HashMap<>();
    private final Map<String, List<Term>> termsByIri = new HashMap<>();
    private final List<Map.Entry<String, String>> prefixes = new ArrayList<>();
    private final Set<String> aliases = new java.util.HashSet<>();
    private String idKey = "@id";
    private String typeKey = "@type";

    private CompactionContext() {
    }

    /** The context of a JSON-LD document such as {@code {"@context": {...}}}, if every definition in it is understood. */
    static Optional<CompactionContext> of(JsonValue document) {
        if (!(document instanceof JsonObject doc) || !(doc.get("@context") instanceof JsonObject definitions)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Reader(definitions).read());
        } catch (NotUnderstood e) {
            return Optional.empty();
        }
    }

    /** The key for a node's identifier: {@code @id} or its shortest alias. */
    String idKey() {
        return idKey;
    }

    /** The key for a node's types: {@code @type} or its shortest alias. */
    String typeKey() {
        return typeKey;
    }

    /** The terms whose IRI is {@code iri}, shortest name first. */
    List<Term> termsFor(String iri) {
        return termsByIri.getOrDefault(iri, List.of());
    }

    /**
     * {@code iri} as a value expanded relative to the vocabulary (a type, a datatype, a value of a term typed
     * {@code @vocab}): a term, else a compact IRI, else the IRI itself.
     */
    String vocabValue(String iri) {
        List<Term> named = termsFor(iri);
        if (!named.isEmpty()) {
            return named.get(0).name();
        }
        String curie = compactIri(iri);
        return curie != null && !isDefined(curie) ? curie : iri;
    }

    /** {@code iri} as a node identifier: a compact IRI, else the IRI itself (terms do not apply there). */
    String documentValue(String iri) {
        String curie = compactIri(iri);
        return curie != null ? curie : iri;
    }

    /**
     * The key under which values of the property {@code iri} are written as explicit value objects: a compact
     * IRI, or the IRI itself where the compact IRI is a term that means something else.
     */
    String propertyKey(String iri) {
        String curie = compactIri(iri);
        if (curie != null) {
            Term t = terms.get(curie);
            if (!aliases.contains(curie) && (t == null || t.iri().equals(iri) && !t.list())) {
                return curie;
            }
        }
        return iri;
    }

    /** Whether {@code key} is a term: its values may be coerced, so plain strings under it need a value object. */
    boolean isTerm(String key) {
        return terms.containsKey(key);
    }

    private boolean isDefined(String name) {
        return terms.containsKey(name) || aliases.contains(name);
    }

    /** The compact IRI of {@code iri} with the prefix that leaves the shortest suffix, or null. */
    private String compactIri(String iri) {
        for (Map.Entry<String, String> p : prefixes) {
            if (iri.startsWith(p.getValue()) && iri.length() > p.getValue().length()) {
                String suffix = iri.substring(p.getValue().length());
                if (!suffix.startsWith("//")) {
                    return p.getKey() + ":" + suffix;
                }
            }
        }
        return null;
    }

    /** A definition this class does not model. */
    private static final class NotUnderstood extends Exception {
        private static final long serialVersionUID = 1L;

        NotUnderstood() {
            super(null, null, false, false);
        }
    }

    /** Reads the definitions of one context object into a {@link CompactionContext}. */
    private static final class Reader {
        private final JsonObject definitions;
        private final CompactionContext context = new CompactionContext();
        private final Map<String, String> expanded = new HashMap<>();
        private final Set<String> expanding = new java.util.HashSet<>();

        Reader(JsonObject definitions) {
            this.definitions = definitions;
        }

        CompactionContext read() throws NotUnderstood {
            for (Map.Entry<String, JsonValue> e : definitions.entrySet()) {
                String name = e.getKey();
                if (name.startsWith("@")) {
                    if (!"@version".equals(name)) {
                        throw new NotUnderstood();
                    }
                    continue;
                }
                JsonValue v = e.getValue();
                if (v.getValueType() == JsonValue.ValueType.NULL) {
                    continue;
                }
                String keyword = keywordOf(v);
                if (keyword != null) {
                    alias(name, keyword, v);
                    continue;
                }
                define(name, v);
            }
            context.termsByIri.values().forEach(list -> list.sort(
                    Comparator.comparingInt((Term t) -> t.name().length()).thenComparing(Term::name)));
            context.prefixes.sort(Comparator.comparingInt((Map.Entry<String, String> p) -> -p.getValue().length())
                    .thenComparing(Map.Entry::getKey));
            return context;
        }

        /** The keyword a definition makes its term an alias of, or null. */
        private static String keywordOf(JsonValue v) {
            JsonValue target = v instanceof JsonObject o ? o.get("@id") : v;
            return target instanceof JsonString s && s.getString().startsWith("@") ? s.getString() : null;
        }

        private void alias(String name, String keyword, JsonValue v) throws NotUnderstood {
            if (v instanceof JsonObject o && o.size() > 1) {
                throw new NotUnderstood();
            }
            context.aliases.add(name);
            if ("@id".equals(keyword) && shorter(name, context.idKey)) {
                context.idKey = name;
            } else if ("@type".equals(keyword) && shorter(name, context.typeKey)) {
                context.typeKey = name;
            }
        }

        private static boolean shorter(String name, String current) {
            return current.startsWith("@") || name.length() < current.length()
                    || name.length() == current.length() && name.compareTo(current) < 0;
        }

        private void define(String name, JsonValue v) throws NotUnderstood {
            String iri = iriOf(name);
            if (iri == null) {
                return;
            }
            String type = null;
            boolean hasLanguage = false;
            String language = null;
            boolean list = false;
            boolean prefix = isPrefix(name, v, iri);
            if (v instanceof JsonObject o) {
                if (!TERM_KEYS.containsAll(o.keySet())) {
                    throw new NotUnderstood();
                }
                if (o.containsKey("@type")) {
                    String t = string(o.get("@type"));
                    type = "@id".equals(t) || "@vocab".equals(t) ? t : expand(t);
                    if (type == null || type.startsWith("@") && !"@id".equals(type) && !"@vocab".equals(type)) {
                        throw new NotUnderstood();
                    }
                }
                if (o.containsKey("@language")) {
                    hasLanguage = true;
                    JsonValue l = o.get("@language");
                    language = l.getValueType() == JsonValue.ValueType.NULL ? null : string(l);
                }
                if (o.containsKey("@container")) {
                    String c = string(o.get("@container"));
                    if ("@list".equals(c)) {
                        list = true;
                    } else if (!"@set".equals(c)) {
                        throw new NotUnderstood();
                    }
                }
            } else if (!(v instanceof JsonString)) {
                throw new NotUnderstood();
            }
            Term term = new Term(name, iri, type, hasLanguage, language, list);
            context.terms.put(name, term);
            context.termsByIri.computeIfAbsent(iri, k -> new ArrayList<>()).add(term);
            if (prefix) {
                context.prefixes.add(Map.entry(name, iri));
            }
        }

        /** The IRI a term stands for, or null when it is explicitly undefined. */
        private String iriOf(String name) throws NotUnderstood {
            String known = expanded.get(name);
            if (known != null) {
                return known;
            }
            if (!expanding.add(name)) {
                throw new NotUnderstood();
            }
            JsonValue v = definitions.get(name);
            String raw;
            if (v instanceof JsonString s) {
                raw = s.getString();
            } else if (v instanceof JsonObject o && o.containsKey("@id")) {
                if (o.get("@id").getValueType() == JsonValue.ValueType.NULL) {
                    return null;
                }
                raw = string(o.get("@id"));
            } else if (v instanceof JsonObject) {
                raw = name;
                if (!name.contains(":")) {
                    throw new NotUnderstood();
                }
            } else {
                throw new NotUnderstood();
            }
            String iri = raw.equals(name) ? expandCompact(raw) : expand(raw);
            if (iri == null || iri.startsWith("@") || iri.startsWith("_:") || !iri.contains(":")) {
                throw new NotUnderstood();
            }
            expanding.remove(name);
            expanded.put(name, iri);
            return iri;
        }

        /** An IRI of the context (a term, a compact IRI or an IRI), expanded. */
        private String expand(String value) throws NotUnderstood {
            if (value.startsWith("@")) {
                return value;
            }
            if (!value.contains(":")) {
                if (definitions.containsKey(value)) {
                    return iriOf(value);
                }
                throw new NotUnderstood();
            }
            return expandCompact(value);
        }

        private String expandCompact(String value) throws NotUnderstood {
            int colon = value.indexOf(':');
            if (colon < 0) {
                throw new NotUnderstood();
            }
            String prefix = value.substring(0, colon);
            String suffix = value.substring(colon + 1);
            if ("_".equals(prefix) || suffix.startsWith("//") || !definitions.containsKey(prefix)) {
                return value;
            }
            String base = iriOf(prefix);
            return base == null || !isPrefix(prefix, definitions.get(prefix), base) ? value : base + suffix;
        }

        /**
         * JSON-LD 1.1's prefix flag: a term makes compact IRIs when it is a plain name defined by a string that
         * ends in a generic delimiter, or when its definition says {@code "@prefix": true}.
         */
        private static boolean isPrefix(String name, JsonValue definition, String iri) {
            if (definition instanceof JsonObject o) {
                return JsonValue.TRUE.equals(o.get("@prefix"));
            }
            return !name.contains(":") && !name.contains("/") && GEN_DELIMS.indexOf(iri.charAt(iri.length() - 1)) >= 0;
        }

        private static String string(JsonValue v) throws NotUnderstood {
            if (v instanceof JsonString s) {
                return s.getString();
            }
            throw new NotUnderstood();
        }
    }
}
