// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.AsyncParser;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.w3id.nutrikg.model.BadInputException;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

/** Reading RDF files: syntax by file extension, errors with file, line and column, no network access. */
public final class RdfFiles {

    /** The syntaxes that are UTF-8 text by definition (XML declares its own encoding). */
    private static final Set<Lang> UTF8_SYNTAXES = Set.of(Lang.TURTLE, Lang.NTRIPLES, Lang.NQUADS, Lang.TRIG,
            Lang.JSONLD, Lang.N3, Lang.RDFJSON);
    /** How far the RDF/XML prolog (with its entity declarations) may reach. */
    private static final int XML_PROLOG_LIMIT = 4 << 20;
    /** Messages quote the input; a 10 MB token is cut. */
    private static final int MAX_MESSAGE = 200;
    /** The line-based syntaxes, parsed on a thread of their own when a second core is there to run it. */
    private static final Set<Lang> PARSED_ASIDE = Set.of(Lang.NTRIPLES, Lang.NQUADS, Lang.TURTLE, Lang.TRIG);
    /** Triples handed from the parsing thread to the caller's at a time, and how many such batches may wait. */
    private static final int BATCH = 2_048;
    private static final int BATCHES_WAITING = 16;

    private RdfFiles() {
    }

    /** The syntax of a file from its extension, or null when the extension is not an RDF one. */
    public static Lang langOf(Path path) {
        Lang lang = RDFLanguages.filenameToLang(path.getFileName().toString());
        return lang == null || !RDFLanguages.isTriples(lang) && !RDFLanguages.isQuads(lang) ? null : lang;
    }

    /**
     * The RDF files a path names: the file itself, or every file with an RDF extension below a folder,
     * sorted by path.
     */
    public static List<Path> expand(Path path) {
        if (!Files.exists(path)) {
            throw new BadInputException(path.toString(), IoMessages.NO_SUCH_FILE_OR_FOLDER);
        }
        if (!Files.isDirectory(path)) {
            if (langOf(path) == null) {
                throw new BadInputException(path.toString(), IoMessages.UNKNOWN_RDF_EXTENSION);
            }
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            List<Path> files = new ArrayList<>(walk.filter(Files::isRegularFile).filter(p -> langOf(p) != null).sorted().toList());
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses a file into a stream; a syntax error becomes a {@link BadInputException} with its position.
     * Compressed files ({@code .gz}, {@code .bz2}) are read through their decompressor.
     */
    public static void parse(Path path, StreamRDF dest) {
        parse(path, dest, null);
    }

    /**
     * As {@link #parse(Path, StreamRDF)}, with blank nodes made by {@code labels} (null: Jena's default, fresh
     * labels on every read); a {@link LabelToNode} with a fixed seed gives the same labels on every read.
     */
    public static void parse(Path path, StreamRDF dest, LabelToNode labels) {
        Lang lang = langOf(path);
        if (lang == null) {
            throw new BadInputException(path.toString(), IoMessages.UNKNOWN_RDF_SYNTAX);
        }
        if (Files.isDirectory(path)) {
            throw new BadInputException(path.toString(), IoMessages.FOLDER_NOT_FILE);
        }
        try (InputStream in = open(path)) {
            parse(in, lang, path.toString(), dest, labels);
        } catch (NoSuchFileException e) {
            throw new BadInputException(path.toString(), IoMessages.NO_SUCH_FILE);
        } catch (AccessDeniedException e) {
            throw new BadInputException(path.toString(), IoMessages.PERMISSION_DENIED);
        } catch (IOException e) {
            throw new BadInputException(path.toString(), -1, -1, IoMessages.cannotRead(e.getMessage()), e);
        }
    }

    /** Opens a file for reading, decompressing it when its name ends with .gz or .bz2 ("foods.nt.gz"). */
    public static InputStream open(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString());
        }
        return decompressed(path, Files.newInputStream(path));
    }

    /** {@code raw}, the bytes of {@code path}, decompressed when the file name ends with .gz or .bz2. */
    public static InputStream decompressed(Path path, InputStream raw) throws IOException {
        InputStream in = new BufferedInputStream(raw, 1 << 16);
        String name = path.getFileName().toString();
        if (name.endsWith(".gz")) {
            return new GZIPInputStream(in, 1 << 16);
        }
        // bzip2 files made by parallel compressors are several streams one after the other: read them all
        return name.endsWith(".bz2") ? new BZip2CompressorInputStream(in, true) : in;
    }

    /**
     * Parses a stream in the given syntax; {@code name} is what error messages call it. Reading is strict:
     * text syntaxes must be UTF-8, what Jena calls a warning (a literal that is not valid for its datatype,
     * a doubtful IRI) is an error, RDF/XML may not declare external entities, JSON-LD may not fetch remote
     * contexts nor use terms its context does not define.
     */
    public static void parse(InputStream in, Lang lang, String name, StreamRDF dest) {
        parse(in, lang, name, dest, null);
    }

    private static void parse(InputStream in, Lang lang, String name, StreamRDF dest, LabelToNode labels) {
        try {
            InputStream src = new BufferedInputStream(in, 1 << 16);
            if (UTF8_SYNTAXES.contains(lang)) {
                src = new Utf8CheckingInputStream(src, name);
            }
            if (RDFLanguages.RDFXML.equals(lang)) {
                src.mark(XML_PROLOG_LIMIT);
                XmlEntities.checkNoExternal(src, name);
                try {
                    src.reset();
                } catch (IOException e) {
                    throw new BadInputException(name, IoMessages.prologTooLong(XML_PROLOG_LIMIT / (1 << 20)));
                }
            }
            StreamRDF target = dest;
            if (RDFLanguages.JSONLD.equals(lang)) {
                byte[] bytes = src.readAllBytes();
                JsonSyntax.check(bytes, name);
                src = new ByteArrayInputStream(bytes);
                target = new JsonLdTerms(dest, name);
            }
            List<String> dropped = JsonLdLog.capture();
            try {
                RDFParserBuilder parser = RDFParser.source(src)
                        .lang(lang)
                        .base(baseFor(name))
                        .checking(true)
                        .errorHandler(new Locating(name));
                if (labels != null) {
                    parser.labelToNode(labels);
                }
                if (RDFLanguages.JSONLD.equals(lang)) {
                    // only JSON-LD needs them; making them starts an HTTP client (which never fetches here)
                    parser.context(safeContext());
                }
                run(parser, lang, target);
            } finally {
                JsonLdLog.release();
            }
            if (!dropped.isEmpty()) {
                throw new BadInputException(name, IoMessages.droppedNotAnIri(oneLine(dropped.get(0))));
            }
        } catch (BadInputException e) {
            throw e;
        } catch (StackOverflowError e) {
            // the parsers recurse once per level of nesting: lists, blank nodes, JSON arrays and objects
            throw new BadInputException(name, -1, -1, IoMessages.NESTED_TOO_DEEPLY, e);
        } catch (RiotException e) {
            // errors the handler did not see (JSON-LD processing, character decoding)
            throw new BadInputException(name, -1, -1, oneLine(causeMessage(e)), e);
        } catch (IOException e) {
            throw new BadInputException(name, -1, -1, IoMessages.cannotRead(e.getMessage()), e);
        }
    }

    /**
     * Runs the parser. A line-based syntax is parsed on a thread of its own (Jena's {@link AsyncParser}) when
     * the machine has a second core: the parser and what consumes its triples (a writer, a graph) then work
     * at the same time, instead of taking turns on one thread. The consumer still sees the triples in the
     * order of the file, on the calling thread, and an error of the parser reaches the caller as it is
     * thrown, after the triples before it.
     */
    private static void run(RDFParserBuilder parser, Lang lang, StreamRDF target) {
        if (!PARSED_ASIDE.contains(lang) || Runtime.getRuntime().availableProcessors() < 2) {
            parser.parse(target);
            return;
        }
        target.start();
        try {
            AsyncParser.of(parser).setChunkSize(BATCH).setQueueSize(BATCHES_WAITING).asyncParseSources(target);
        } catch (RuntimeException e) {
            // an Error of the parsing thread (out of memory, nesting too deep) comes back wrapped
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
        target.finish();
    }

    /**
     * A stream that adds everything it receives to {@code graph}: triples, and the triples of quads
     * whatever their graph (NutriKG works on one graph, so the named graphs of N-Quads and TriG merge).
     */
    public static StreamRDF into(Graph graph) {
        return new StreamRDFWrapper(StreamRDFLib.graph(graph)) {
            @Override
            public void quad(Quad quad) {
                triple(quad.asTriple());
            }
        };
    }

    private static String causeMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonLdError j) {
                return j.getMessage();
            }
        }
        return e.getMessage();
    }

    /** The base IRI that {@link #parse(InputStream, Lang, String, StreamRDF)} resolves relative IRIs against. */
    public static String baseFor(String name) {
        try {
            return Path.of(name).toAbsolutePath().toUri().toString();
        } catch (RuntimeException e) {
            return URI.create("urn:nutrikg:input").toString();
        }
    }

    /**
     * A parser context that never fetches a remote JSON-LD context and refuses JSON-LD terms that the
     * context does not define (the JSON-LD algorithms would drop them without a word).
     */
    public static Context safeContext() {
        Context cxt = new Context();
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader(NoRemoteDocuments.INSTANCE);
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
        cxt.set(LangJSONLD11.JSONLD_OPTIONS, options);
        return cxt;
    }

    /** Jena's parser message on one line, in the project's style: lower-case, names quoted. */
    static String oneLine(String message) {
        if (message == null) {
            return "cannot parse";
        }
        String m = message.strip();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl).strip();
        m = m.replaceFirst("^Undefined prefix: (\\S+)$", "undefined prefix '$1'");
        m = m.replaceFirst("^JAXP\\d+: ", "");
        m = m.replaceFirst("^An undefined term has been found \\[(.*?)\\].*$",
                "undefined term '$1': define it in the @context (JSON-LD drops terms it cannot expand)");
        m = m.replaceFirst("^(.*?) \\[code=[A-Z_]+\\]\\.?$", "$1");
        m = m.replaceFirst("^[Tt]here was a problem encountered loading a remote context \\[(.*?)\\].*$",
                "remote JSON-LD context '$1' is not fetched: put the context inline");
        if (m.length() > 1 && Character.isUpperCase(m.charAt(0)) && Character.isLowerCase(m.charAt(1))) {
            m = Character.toLowerCase(m.charAt(0)) + m.substring(1);
        }
        m = m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
        return m.length() > MAX_MESSAGE ? m.substring(0, MAX_MESSAGE) + "..." : m;
    }

    /** A JSON-LD document loader that refuses every document: contexts must be inline. */
    public enum NoRemoteDocuments implements DocumentLoader {
        INSTANCE;

        @Override
        public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                    "remote JSON-LD document '" + url + "' is not fetched: put the context inline");
        }
    }

    /**
     * A parser message as an exception at its position. Jena's tokenizer reports a string left open at the
     * start of the next line; the string is on the line before.
     */
    static BadInputException located(String name, long line, long col, String message) {
        if (message != null && message.startsWith("Broken token (newline in string)") && line > 1) {
            return new BadInputException(name, line - 1, -1, IoMessages.UNCLOSED_STRING, null);
        }
        return new BadInputException(name, line, col, oneLine(message), null);
    }

    /** Turns Jena's parser errors and warnings into a located exception. */
    private static final class Locating implements ErrorHandler {
        private final String name;

        Locating(String name) {
            this.name = name;
        }

        @Override
        public void warning(String message, long line, long col) {
            // strict: an ill-typed literal or a doubtful IRI would otherwise enter the graph with a log line
            throw new BadInputException(name, line, col, oneLine(message), null);
        }

        @Override
        public void error(String message, long line, long col) {
            throw located(name, line, col, message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw located(name, line, col, message);
        }
    }
}
