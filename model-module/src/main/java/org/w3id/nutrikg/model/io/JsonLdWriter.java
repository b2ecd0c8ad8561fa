// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.nutrikg.model.BadInputException;
import org.w3id.nutrikg.model.NutriKGException;
import org.w3id.nutrikg.model.WorkFailedException;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParsingException;

/**
 * Writes a graph as JSON-LD 1.1 compacted with a given context (by default NutriKG's, embedded inline),
 * or framed with a given frame. A context made of plain term definitions (NutriKG's is one) is applied node
 * by node as the graph is written ({@link SortedJsonLdWriter}, and {@link StreamedJsonLdWriter} for a source
 * that streams), so that memory does not grow with the JSON document; any other context, and framing, go
 * through Titanium, which Jena brings and which runs the JSON-LD algorithms over the whole document. Jena's
 * own JSON-LD writer cannot compact with a given context. No remote document is ever fetched.
 */
public final class JsonLdWriter {

    private static final Logger LOG = LoggerFactory.getLogger(JsonLdWriter.class);

    private JsonLdWriter() {
    }

    /** NutriKG's JSON-LD context, ontology/context.jsonld, as a JSON document. */
    public static JsonDocument defaultContext() {
        try {
            return JsonDocument.of(new StringReader(
                    BundledResources.text(BundledResources.ONTOLOGY + "/" + BundledResources.CONTEXT_FILE)));
        } catch (JsonLdError e) {
            throw new IllegalStateException("bundled context.jsonld is not JSON: " + e.getMessage(), e);
        }
    }

    /** Reads a context or frame file given by a user. */
    public static JsonDocument readJson(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return JsonDocument.of(in);
        } catch (NoSuchFileException e) {
            throw new BadInputException(path.toString(), ExportMessages.NO_SUCH_FILE);
        } catch (IOException e) {
            throw new BadInputException(path.toString(), ExportMessages.cannotRead(e.getMessage()));
        } catch (JsonLdError e) {
            throw new BadInputException(path.toString(), ExportMessages.notJson(firstLine(e)));
        } catch (JsonParsingException e) {
            throw new BadInputException(path.toString(), ExportMessages.notJson(e.getMessage()));
        }
    }

    /** Writes {@code graph} compacted with {@code context}, or framed with {@code frame} when that is not null. */
    public static void write(Graph graph, JsonDocument context, JsonDocument frame, OutputStream out) {
        if (frame == null) {
            JsonStructure document = context.getJsonContent().orElse(null);
            Optional<CompactionContext> understood = CompactionContext.of(document);
            if (understood.isPresent()) {
                LOG.info("JSON-LD: sorted writer, node by node from the graph in memory (the context is made of "
                        + "plain term definitions)");
                try {
                    SortedJsonLdWriter.write(graph, understood.get(), document, out);
                } catch (NutriKGException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new WorkFailedException(ExportMessages.cannotWriteJsonLd(e.getMessage()), e);
                }
                return;
            }
        }
        if (frame != null) {
            LOG.info("JSON-LD: Titanium's framing algorithm, which holds the whole document in memory, several "
                    + "times the graph's size (--frame)");
        } else {
            LOG.info("JSON-LD: Titanium's compaction algorithm, which holds the whole document in memory, several "
                    + "times the graph's size: the context is not made of plain term definitions only ({})",
                    CompactionContext.notUnderstood(context.getJsonContent().orElse(null)));
        }
        JsonStructure result;
        try {
            // blank nodes labelled in an order of their own: Titanium orders them by the labels Jena made up
            Graph labelled = BlankNodeOrder.relabelled(graph);
            JsonArray expanded = JsonLd.fromRdf(RdfDocument.of(JenaTitanium.convert(DatasetGraphFactory.wrap(labelled))))
                    .ordered(true)
                    .loader(RdfFiles.NoRemoteDocuments.INSTANCE)
                    .get();
            if (frame != null) {
                result = JsonLd.frame(JsonDocument.of(expanded), frame)
                        .ordered(true)
                        .loader(RdfFiles.NoRemoteDocuments.INSTANCE)
                        .get();
            } else {
                result = JsonLd.compact(JsonDocument.of(expanded), context)
                        .ordered(true)
                        .loader(RdfFiles.NoRemoteDocuments.INSTANCE)
                        .get();
            }
        } catch (JsonLdError e) {
            throw new BadInputException(ExportMessages.jsonLdSource(frame != null), describe(e));
        }
        result = contextFirst(result);
        // the JSON writer closes its stream when done: the caller's stream stays open
        OutputStream unclosable = CloseShieldOutputStream.wrap(out);
        try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(unclosable)) {
            w.write(result);
        } catch (RuntimeException e) {
            throw new WorkFailedException(ExportMessages.cannotWriteJsonLd(e.getMessage()), e);
        }
        try {
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new WorkFailedException(ExportMessages.cannotWriteJsonLd(e.getMessage()), e);
        }
    }

    /**
     * A stream that writes the triples sent to it as JSON-LD compacted with {@code context}, node by node as
     * they come, if the context is one that can be applied that way; empty otherwise (then write a graph).
     */
    public static Optional<StreamRDF> stream(JsonDocument context, OutputStream out) {
        JsonStructure document = context.getJsonContent().orElse(null);
        Optional<StreamRDF> streamed = CompactionContext.of(document).map(c -> new StreamedJsonLdWriter(c, document, out));
        if (streamed.isPresent()) {
            LOG.info("JSON-LD: streamed writer, node by node as the triples come; memory does not grow with the "
                    + "graph");
        }
        return streamed;
    }

    /** The same document with "@context" as its first key, where a reader looks for it. */
    static JsonStructure contextFirst(JsonStructure result) {
        if (!(result instanceof JsonObject obj) || !obj.containsKey("@context")) {
            return result;
        }
        var b = Json.createObjectBuilder().add("@context", obj.get("@context"));
        obj.forEach((k, v) -> {
            if (!"@context".equals(k)) {
                b.add(k, v);
            }
        });
        return b.build();
    }

    /** The error in one line; a refused remote document says so, rather than "a problem loading". */
    private static String describe(JsonLdError e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonLdError j && j.getCode() == JsonLdErrorCode.LOADING_DOCUMENT_FAILED
                    && j.getMessage() != null && j.getMessage().contains("is not fetched")) {
                return firstLine(j);
            }
        }
        if (e.getCode() == JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED) {
            return "remote JSON-LD contexts are not fetched: " + firstLine(e);
        }
        return firstLine(e);
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
