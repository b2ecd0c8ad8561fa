// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.export;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.nutrikg.model.WorkFailedException;
import org.w3id.nutrikg.model.graph.GraphSource;
import org.w3id.nutrikg.model.io.ExportFormat;
import org.w3id.nutrikg.model.io.ExportMessages;
import org.w3id.nutrikg.model.io.JsonLdWriter;
import org.w3id.nutrikg.model.io.RdfOutput;

import com.apicatalog.jsonld.document.JsonDocument;

import jakarta.json.JsonException;

/**
 * Writes a whole graph, asserted triples and optionally entailments, in one RDF syntax. N-Triples and
 * N-Quads stream triple by triple. From a source that streams (files read without reasoning, a store, an
 * endpoint), Turtle and TriG stream too, with Jena's "blocks" writers (one subject at a time, prefixes
 * first), and so does JSON-LD compacted with a plain context, one node object at a time: memory stays flat
 * however large the data. The other syntaxes, framed JSON-LD, and the sorted, pretty output from memory
 * need the graph in memory.
 */
public final class ExportOperation {

    private static final Logger LOG = LoggerFactory.getLogger(ExportOperation.class);

    private ExportOperation() {
    }

    /** Writes the graph as the options say. */
    public static void export(GraphSource source, ExportOptions options, OutputStream out) {
        JsonDocument context = options.context() == null ? null : JsonLdWriter.readJson(options.context());
        JsonDocument frame = options.frame() == null ? null : JsonLdWriter.readJson(options.frame());
        ExportFormat format = options.format();
        if (format == ExportFormat.NTRIPLES || format == ExportFormat.NQUADS) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, format.rdfFormat());
            source.stream(options.inferred(), writer);
            return;
        }
        if (!source.streams() && format == ExportFormat.JSONLD) {
            LOG.info("JSON-LD: {} is in memory (only --data files without reasoning, and stores, are streamed)",
                    source.label());
        }
        if (source.streams() && format == ExportFormat.JSONLD && frame == null) {
            Optional<StreamRDF> writer = JsonLdWriter.stream(context != null ? context : JsonLdWriter.defaultContext(), out);
            if (writer.isPresent()) {
                try {
                    source.stream(options.inferred(), writer.get());
                } catch (JsonException | UncheckedIOException e) {
                    throw new WorkFailedException(ExportMessages.cannotWriteJsonLd(e.getMessage()), e);
                }
                return;
            }
        }
        if (source.streams() && (format == ExportFormat.TURTLE || format == ExportFormat.TRIG)) {
            source.stream(options.inferred(), RdfOutput.blocks(out, format));
            return;
        }
        RdfOutput.write(source.graph(options.inferred()), format, context, frame, out);
    }
}
