// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.validate;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIs;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.tokens.Token;
import org.apache.jena.riot.tokens.TokenType;
import org.apache.jena.riot.tokens.Tokenizer;
import org.apache.jena.riot.tokens.TokenizerText;
import org.apache.jena.vocabulary.RDF;

/**
 * Where things are written in a Turtle, TriG, N-Triples or N-Quads file: the line and column of each subject's
 * first block, of each subject and predicate pair, and of each triple's object. Read from Jena's tokenizer over a
 * file that already parsed, so it follows the statement structure without building the graph again. Nested blank
 * nodes and collections are skipped (their triples have no name to look up).
 */
final class Positions {

    /** A 1-based line and column. */
    record Position(long line, long column) {
    }

    /** No positions: for syntaxes the tokenizer does not read (RDF/XML, JSON-LD). */
    static final Positions NONE = new Positions();

    private final Map<Node, Position> subjects = new HashMap<>();
    private final Map<List<Node>, Position> predicates = new HashMap<>();
    private final Map<Triple, Position> triples = new HashMap<>();
    private final Map<Node, Position> mentions = new HashMap<>();

    private Positions() {
    }

    /** The line and column of the first block whose subject is {@code s}, or null. */
    Position subject(Node s) {
        return subjects.get(s);
    }

    /** Where {@code s} is first given predicate {@code p}, or null. */
    Position predicate(Node s, Node p) {
        return predicates.get(List.of(s, p));
    }

    /** Where the object of the triple is written, or null. */
    Position triple(Triple t) {
        return triples.get(t);
    }

    /** Where {@code n} first appears at all, or null. */
    Position mention(Node n) {
        return mentions.get(n);
    }

    /** Reads the positions of a file in a Turtle-family syntax; {@code base} resolves relative IRIs. */
    static Positions scan(byte[] text, String base) {
        Positions p = new Positions();
        try {
            p.read(text, base);
        } catch (RuntimeException e) {
            // positions are a help for messages: a file the tokenizer cannot follow keeps what was found
        }
        return p;
    }

    /** One level of nesting: the top level, a blank node property list, or a collection. */
    private static final class Frame {
        final boolean collection;
        final boolean top;
        Node subject;
        Node predicate;
        /** 0: expecting a subject, 1: a predicate, 2: an object. */
        int state;

        Frame(boolean top, boolean collection, int state) {
            this.top = top;
            this.collection = collection;
            this.state = state;
        }
    }

    private void read(byte[] text, String base) {
        PrefixMap prefixes = PrefixMapFactory.create();
        String currentBase = base;
        Tokenizer tokens = TokenizerText.create().source(new ByteArrayInputStream(text))
                .errorHandler(SILENT).build();
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(true, false, 0));
        boolean graphKeyword = false;
        while (tokens.hasNext()) {
            Token t = tokens.next();
            TokenType type = t.getType();
            Frame f = stack.peek();
            if (type == TokenType.DIRECTIVE || type == TokenType.KEYWORD && isDirective(t.getImage())) {
                String d = t.getImage().toLowerCase(java.util.Locale.ROOT);
                if (d.equals("prefix")) {
                    Token name = tokens.next();
                    Token iri = tokens.next();
                    prefixes.add(name.getImage(), resolve(currentBase, iri.getImage()));
                } else if (d.equals("base")) {
                    currentBase = resolve(currentBase, tokens.next().getImage());
                }
                continue;
            }
            if (type == TokenType.KEYWORD && "GRAPH".equalsIgnoreCase(t.getImage())) {
                graphKeyword = true;
                continue;
            }
            switch (type) {
                case DOT -> {
                    if (f.top) {
                        f.state = 0;
                        f.subject = null;
                        f.predicate = null;
                    }
                }
                case SEMICOLON -> {
                    if (!f.collection) {
                        f.state = 1;
                    }
                }
                case COMMA -> {
                    if (!f.collection) {
                        f.state = 2;
                    }
                }
                case LBRACKET -> stack.push(new Frame(false, false, 1));
                case LPAREN -> stack.push(new Frame(false, true, 2));
                case RBRACKET, RPAREN -> {
                    if (stack.size() > 1) {
                        stack.pop();
                        Frame parent = stack.peek();
                        if (parent.state == 0) {
                            // the nested node was the subject: its predicates follow
                            parent.subject = null;
                            parent.state = 1;
                        }
                    }
                }
                case LBRACE, RBRACE -> {
                    // a TriG graph starts or ends: what was read as a subject was its name
                    stack.clear();
                    stack.push(new Frame(true, false, 0));
                    graphKeyword = false;
                }
                default -> {
                    Node n = node(t, prefixes, currentBase);
                    if (n == null) {
                        continue;
                    }
                    Position pos = new Position(t.getLine(), t.getColumn());
                    mentions.putIfAbsent(n, pos);
                    if (graphKeyword) {
                        graphKeyword = false;
                        continue;
                    }
                    if (f.collection) {
                        continue;
                    }
                    switch (f.state) {
                        case 0 -> {
                            f.subject = n;
                            f.state = 1;
                            if (f.top) {
                                subjects.putIfAbsent(n, pos);
                            }
                        }
                        case 1 -> {
                            f.predicate = n;
                            f.state = 2;
                            if (f.subject != null) {
                                predicates.putIfAbsent(List.of(f.subject, n), pos);
                            }
                        }
                        default -> {
                            if (f.subject != null && f.predicate != null) {
                                triples.putIfAbsent(Triple.create(f.subject, f.predicate, n), pos);
                            }
                        }
                    }
                }
            }
        }
    }

    private static boolean isDirective(String image) {
        return "PREFIX".equalsIgnoreCase(image) || "BASE".equalsIgnoreCase(image);
    }

    private static Node node(Token t, PrefixMap prefixes, String base) {
        TokenType type = t.getType();
        if (type == TokenType.KEYWORD) {
            return "a".equals(t.getImage()) ? RDF.type.asNode() : null;
        }
        if (type == TokenType.IRI) {
            return NodeFactory.createURI(resolve(base, t.getImage()));
        }
        if (type == TokenType.PREFIXED_NAME || type == TokenType.BNODE || type == TokenType.STRING
                || type == TokenType.LITERAL_LANG || type == TokenType.LITERAL_DT || type == TokenType.INTEGER
                || type == TokenType.DECIMAL || type == TokenType.DOUBLE || type == TokenType.BOOLEAN) {
            if (type == TokenType.BNODE) {
                // labels are renamed by the parser: a blank node cannot be looked up by its label
                return null;
            }
            try {
                return t.asNode(prefixes);
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    private static String resolve(String base, String iri) {
        try {
            return base == null ? iri : IRIs.resolve(base, iri);
        } catch (RuntimeException e) {
            return iri;
        }
    }

    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {
        }

        @Override
        public void error(String message, long line, long col) {
            throw new IllegalStateException(message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new IllegalStateException(message);
        }
    };
}
