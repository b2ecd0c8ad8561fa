// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.util.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.nutrikg.model.BadInputException;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

/** Reading RDF files: syntax by file extension, errors with file, line and column, no network access. */
public final class RdfFiles {

    private static final Logger LOG = LoggerFactory.getLogger(RdfFiles.class);

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
            throw new BadInputException(path.toString(), "no such file or folder");
        }
        if (!Files.isDirectory(path)) {
            if (langOf(path) == null) {
                throw new BadInputException(path.toString(),
                        "unknown RDF syntax for this file extension (expected .ttl, .nt, .nq, .trig, .rdf, .owl, .jsonld)");
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

    /** Parses a file into a stream; a syntax error becomes a {@link BadInputException} with its position. */
    public static void parse(Path path, StreamRDF dest) {
        Lang lang = langOf(path);
        if (lang == null) {
            throw new BadInputException(path.toString(), "unknown RDF syntax for this file extension");
        }
        try (InputStream in = open(path)) {
            parse(in, lang, path.toString(), dest);
        } catch (NoSuchFileException e) {
            throw new BadInputException(path.toString(), "no such file");
        } catch (IOException e) {
            throw new BadInputException(path.toString(), -1, -1, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Opens a file for reading, decompressing it when its name ends with .gz ("foods.nt.gz"). */
    public static InputStream open(Path path) throws IOException {
        return decompressed(path, Files.newInputStream(path));
    }

    /** {@code raw}, the bytes of {@code path}, decompressed when the file name ends with .gz. */
    public static InputStream decompressed(Path path, InputStream raw) throws IOException {
        InputStream in = new BufferedInputStream(raw, 1 << 16);
        return path.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Parses a stream in the given syntax; {@code name} is what error messages call it. */
    public static void parse(InputStream in, Lang lang, String name, StreamRDF dest) {
        try {
            RDFParser.source(in)
                    .lang(lang)
                    .base(baseFor(name))
                    .errorHandler(new Locating(name))
                    .context(safeContext())
                    .parse(dest);
        } catch (BadInputException e) {
            throw e;
        } catch (RiotException e) {
            // errors the handler did not see (JSON-LD processing, character decoding)
            throw new BadInputException(name, -1, -1, oneLine(e.getMessage()), e);
        }
    }

    private static String baseFor(String name) {
        try {
            return Path.of(name).toAbsolutePath().toUri().toString();
        } catch (RuntimeException e) {
            return URI.create("urn:nutrikg:input").toString();
        }
    }

    /** A parser context that never fetches a remote JSON-LD context. */
    public static Context safeContext() {
        Context cxt = new Context();
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader(NoRemoteDocuments.INSTANCE);
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
        if (m.length() > 1 && Character.isUpperCase(m.charAt(0)) && Character.isLowerCase(m.charAt(1))) {
            m = Character.toLowerCase(m.charAt(0)) + m.substring(1);
        }
        return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
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

    /** Turns Jena's parser errors into a located exception; warnings go to the log. */
    private static final class Locating implements ErrorHandler {
        private final String name;

        Locating(String name) {
            this.name = name;
        }

        @Override
        public void warning(String message, long line, long col) {
            LOG.warn("{}", new BadInputException(name, line, col, message, null).located());
        }

        @Override
        public void error(String message, long line, long col) {
            throw new BadInputException(name, line, col, oneLine(message), null);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new BadInputException(name, line, col, oneLine(message), null);
        }
    }
}
