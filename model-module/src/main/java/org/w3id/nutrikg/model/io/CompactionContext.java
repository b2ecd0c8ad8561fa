// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.w3id.nutrikg.model.BadInputException;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * What a JSON-LD 1.1 context means to a writer that compacts one node at a time: its terms (an IRI, and
 * optionally a type coercion, a language, and a {@code @set} or {@code @list} container), its prefixes, and
 * the aliases of {@code @id} and {@code @type}. Only contexts made of those definitions are understood here;
 * for any other ({@code @vocab}, {@code @base}, a default language, scoped or remote contexts, reverse terms,
 * ...) {@link #of} gives nothing and the full JSON-LD compaction algorithm is the writer to use.
 *
 * <p>Terms and compact IRIs are chosen as the JSON-LD 1.1 IRI compaction algorithm chooses them: the term
 * selection of its inverse context (containers, then preferred type or language, then the shortest term),
 * else the shortest compact IRI (lexicographically least among equals), else the IRI itself, which is refused
 * where it would read back as a compact IRI ("IRI confused with prefix").
 */
final class CompactionContext {

    /** A term's container: none, {@code @set} (always an array) or {@code @list}. */
    enum Container {
        NONE, SET, LIST
    }

    /** Whether a term can stand for a value, and how its value is then written. */
    record Term(String name, String iri, String type, boolean hasLanguage, String language, Container container) {

        boolean list() {
            return container == Container.LIST;
        }

        /** Whether values under this term are always written as an array. */
        boolean array() {
            return container != Container.NONE;
        }

        /** No type coercion and no language: the inverse context files such a term under "@none". */
        boolean plain() {
            return type == null && !hasLanguage;
        }
    }

    /**
     * What term selection looks for: a kind of value ({@code "@type"} or {@code "@language"}) and the values it
     * prefers, in order. {@code "@none"} is a term without coercion, {@code "@null"} a term whose language is null.
     */
    record Wanted(String typeOrLanguage, List<String> preferred) {
    }

    private static final Set<String> TERM_KEYS = Set.of("@id", "@type", "@language", "@container", "@prefix");
    private static final String GEN_DELIMS = ":/?#[]@";
    private static final List<Container> VALUE_CONTAINERS = List.of(Container.SET, Container.NONE);
    private static final List<Container> LIST_CONTAINERS = List.of(Container.LIST, Container.NONE);
    /** What an IRI in a vocabulary position ({@code @type}, a datatype, a value of a term typed @vocab) prefers. */
    private static final Wanted VOCAB = new Wanted("@type", List.of("@id", "@none"));

    private final Map<String, Term> terms = new HashMap<>();
    private final Map<String, List<Term>> termsByIri = new HashMap<>();
    private final List<Map.Entry<String, String>> prefixes = new ArrayList<>();
    private final Set<String> aliases = new java.util.HashSet<>();
    private final Map<String, String> keywords = new HashMap<>();

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

    /**
     * Why {@link #of} gives nothing for {@code document}, for the log: "it has '@vocab'", "the term 'x' has the
     * container '@language'" ...; null when the context is understood.
     */
    static String notUnderstood(JsonValue document) {
        if (!(document instanceof JsonObject doc) || !(doc.get("@context") instanceof JsonObject definitions)) {
            return "it is not one inline object (an array of contexts, or a URL)";
        }
        try {
            new Reader(definitions).read();
            return null;
        } catch (NotUnderstood e) {
            return e.getMessage();
        }
    }

    private static String keysBeyond(JsonObject definition) {
        return definition.keySet().stream().filter(k -> !TERM_KEYS.contains(k)).map(k -> "'" + k + "'")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The key for a node's identifier: {@code @id} or its shortest alias. */
    String idKey() {
        return keyword("@id");
    }

    /** The key for a node's types: {@code @type} or its shortest alias. */
    String typeKey() {
        return keyword("@type");
    }

    /** {@code keyword} ({@code @value}, {@code @language}, ...) or its shortest alias, lexicographically least. */
    String keyword(String keyword) {
        return keywords.getOrDefault(keyword, keyword);
    }

    /** The terms whose IRI is {@code iri}, shortest name first, then lexicographically least. */
    List<Term> termsFor(String iri) {
        return termsByIri.getOrDefault(iri, List.of());
    }

    /**
     * The term for a value of the property {@code iri}, as term selection picks it: a {@code @set} term before one
     * without container (a {@code @list} term, then one without container, for a list), then the first preferred
     * kind of value, then the shortest term. Null when no term fits.
     */
    Term selectTerm(String iri, Wanted wanted, boolean list) {
        List<Term> candidates = termsFor(iri);
        if (candidates.isEmpty()) {
            return null;
        }
        for (Container c : list ? LIST_CONTAINERS : VALUE_CONTAINERS) {
            for (String preferred : wanted.preferred()) {
                for (Term t : candidates) {
                    if (t.container() == c && fits(t, wanted.typeOrLanguage(), preferred)) {
                        return t;
                    }
                }
            }
        }
        return null;
    }

    /** Whether the inverse context files {@code t} under {@code typeOrLanguage} and {@code preferred}. */
    private static boolean fits(Term t, String typeOrLanguage, String preferred) {
        if ("@none".equals(preferred)) {
            return t.plain();
        }
        if ("@type".equals(typeOrLanguage)) {
            return preferred.equals(t.type());
        }
        if (!t.hasLanguage() || t.type() != null) {
            return false;
        }
        return "@null".equals(preferred) ? t.language() == null : preferred.equalsIgnoreCase(t.language());
    }

    /**
     * {@code iri} as a value expanded relative to the vocabulary (a type, a datatype, a value of a term typed
     * {@code @vocab}): a term, else a compact IRI, else the IRI itself.
     */
    String vocabValue(String iri) {
        Term t = selectTerm(iri, VOCAB, false);
        if (t != null) {
            return t.name();
        }
        return compactIri(iri, true, true);
    }

    /**
     * Whether {@link #vocabValue} of {@code iri} is a term for it (term selection then prefers terms typed
     * @vocab); never refuses, whatever {@link #vocabValue} would say of the IRI.
     */
    boolean vocabValueIsTerm(String iri) {
        if (selectTerm(iri, VOCAB, false) != null) {
            return true;
        }
        String curie = shortestCompactIri(iri, true);
        Term t = terms.get(curie != null ? curie : iri);
        return t != null && t.iri().equals(iri);
    }

    /** {@code iri} as a node identifier: a compact IRI, else the IRI itself (terms do not apply there). */
    String documentValue(String iri) {
        return compactIri(iri, true, false);
    }

    /**
     * The key under which values of the property {@code iri} go when no term fits them: a compact IRI that is not
     * a term, else the IRI itself.
     */
    String propertyKey(String iri) {
        String key = compactIri(iri, false, true);
        Term t = terms.get(key);
        if (t != null && t.list()) {
            throw new BadInputException("JSON-LD context", termIsTheIri(iri, key));
        }
        return key;
    }

    /** Whether {@code key} is a term: its values may be coerced, so plain strings under it need a value object. */
    boolean isTerm(String key) {
        return terms.containsKey(key);
    }

    /**
     * The shortest compact IRI of {@code iri}, lexicographically least among equals, that is not a term (or, when
     * {@code termOfSameIri}, a term for this same IRI), else {@code iri} itself; refused when {@code iri} itself
     * would read back as a compact IRI, or, in a {@code vocab} position, as a term for another IRI (the
     * compaction algorithm writes it, and it reads back as another IRI).
     */
    private String compactIri(String iri, boolean termOfSameIri, boolean vocab) {
        String best = shortestCompactIri(iri, termOfSameIri);
        if (best != null) {
            return best;
        }
        int colon = iri.indexOf(':');
        if (colon > 0 && !iri.startsWith("//", colon + 1)) {
            String scheme = iri.substring(0, colon);
            for (Map.Entry<String, String> p : prefixes) {
                if (p.getKey().equals(scheme)) {
                    throw new BadInputException("JSON-LD context", confusedWithPrefix(iri, scheme));
                }
            }
        }
        Term t = terms.get(iri);
        if (vocab && (aliases.contains(iri) || t != null && !t.iri().equals(iri))) {
            throw new BadInputException("JSON-LD context", termIsTheIri(iri, iri));
        }
        return iri;
    }

    /** The shortest compact IRI of {@code iri} (see {@link #compactIri}), or null. */
    private String shortestCompactIri(String iri, boolean termOfSameIri) {
        String best = null;
        for (Map.Entry<String, String> p : prefixes) {
            String base = p.getValue();
            if (iri.length() <= base.length() || !iri.startsWith(base)) {
                continue;
            }
            String suffix = iri.substring(base.length());
            if (suffix.startsWith("//")) {
                continue; // "ex://..." reads as an IRI, not as a compact IRI
            }
            String candidate = p.getKey() + ":" + suffix;
            if (best != null && (candidate.length() > best.length()
                    || candidate.length() == best.length() && candidate.compareTo(best) >= 0)) {
                continue;
            }
            Term t = terms.get(candidate);
            if (aliases.contains(candidate) || t != null && !(termOfSameIri && t.iri().equals(iri))) {
                continue;
            }
            best = candidate;
        }
        return best;
    }

    /** The message for an IRI that can only be written as a term that means something else. */
    static String termIsTheIri(String iri, String term) {
        return "the IRI '" + iri + "' can only be written as '" + term + "', which the context defines as a term "
                + "for something else: rename that term";
    }

    /** The message for an IRI that would read back as a compact IRI with the context's prefix. */
    static String confusedWithPrefix(String iri, String prefix) {
        return "the IRI '" + iri + "' would read back as a compact IRI with the context's prefix '" + prefix
                + "' (JSON-LD: IRI confused with prefix): rename or remove that prefix";
    }

    /** A definition this class does not model. */
    private static final class NotUnderstood extends Exception {
        private static final long serialVersionUID = 1L;

        NotUnderstood(String reason) {
            super(reason, null, false, false);
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
                        throw new NotUnderstood("it has '" + name + "'");
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
            return context;
        }

        /** The keyword a definition makes its term an alias of, or null. */
        private static String keywordOf(JsonValue v) {
            JsonValue target = v instanceof JsonObject o ? o.get("@id") : v;
            return target instanceof JsonString s && s.getString().startsWith("@") ? s.getString() : null;
        }

        private void alias(String name, String keyword, JsonValue v) throws NotUnderstood {
            if (v instanceof JsonObject o && o.size() > 1) {
                throw new NotUnderstood("the alias '" + name + "' has more than an @id");
            }
            context.aliases.add(name);
            if (shorter(name, context.keyword(keyword))) {
                context.keywords.put(keyword, name);
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
            Container container = Container.NONE;
            boolean prefix = isPrefix(name, v, iri);
            if (v instanceof JsonObject o) {
                if (!TERM_KEYS.containsAll(o.keySet())) {
                    throw new NotUnderstood("the term '" + name + "' has " + keysBeyond(o));
                }
                if (o.containsKey("@type")) {
                    String t = string(o.get("@type"));
                    type = "@id".equals(t) || "@vocab".equals(t) ? t : expand(t);
                    if (type == null || type.startsWith("@") && !"@id".equals(type) && !"@vocab".equals(type)) {
                        throw new NotUnderstood("the term '" + name + "' has the type '" + t + "'");
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
                        container = Container.LIST;
                    } else if ("@set".equals(c)) {
                        container = Container.SET;
                    } else {
                        throw new NotUnderstood("the term '" + name + "' has the container '" + c + "'");
                    }
                }
            } else if (!(v instanceof JsonString)) {
                throw new NotUnderstood("the term '" + name + "' is neither a string nor an object");
            }
            Term term = new Term(name, iri, type, hasLanguage, language, container);
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
                throw new NotUnderstood("the term '" + name + "' is defined through itself");
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
                    throw new NotUnderstood("the term '" + name + "' has no IRI");
                }
            } else {
                throw new NotUnderstood("the term '" + name + "' has no IRI");
            }
            String iri = raw.equals(name) ? termIri(raw) : expand(raw);
            if (iri == null || iri.startsWith("@") || iri.startsWith("_:") || !iri.contains(":")) {
                throw new NotUnderstood("the term '" + name + "' is not an IRI, a compact IRI or a term");
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
                throw new NotUnderstood("'" + value + "' is neither an IRI nor a term of the context");
            }
            return expandCompact(value);
        }

        /**
         * The IRI of a term named like a compact IRI and defined without {@code @id}: the prefix's IRI and the
         * suffix when the prefix is a term, whether or not it is a prefix (JSON-LD 1.1, Create Term Definition,
         * 15.2), else the name itself.
         */
        private String termIri(String name) throws NotUnderstood {
            int colon = name.indexOf(':');
            String prefix = name.substring(0, colon);
            String suffix = name.substring(colon + 1);
            if ("_".equals(prefix) || suffix.startsWith("//") || !definitions.containsKey(prefix)) {
                return name;
            }
            String base = iriOf(prefix);
            return base == null ? name : base + suffix;
        }

        private String expandCompact(String value) throws NotUnderstood {
            int colon = value.indexOf(':');
            if (colon < 0) {
                throw new NotUnderstood("'" + value + "' is not an IRI");
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
            throw new NotUnderstood("a term definition has " + v + " where a string goes");
        }
    }
}
