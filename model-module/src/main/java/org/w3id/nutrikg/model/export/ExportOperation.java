// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.export;

import java.io.OutputStream;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.w3id.nutrikg.model.graph.GraphSource;

import com.apicatalog.jsonld.document.JsonDocument;

/**
 * Writes a whole graph, asserted triples and optionally entailments, in one RDF syntax. N-Triples and
 * N-Quads stream triple by triple; so do Turtle and TriG from a source that streams (a store, an endpoint),
 * with Jena's "blocks" writers: one subject at a time, prefixes first, so that memory stays flat however
 * large the store. The other syntaxes, and pretty Turtle from memory, need the graph in memory.
 */
public final class ExportOperation {

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
        if (source.streams() && (format == ExportFormat.TURTLE || format == ExportFormat.TRIG)) {
            RDFFormat blocks = format == ExportFormat.TURTLE ? RDFFormat.TURTLE_BLOCKS : RDFFormat.TRIG_BLOCKS;
            source.stream(options.inferred(), StreamRDFWriter.getWriterStream(out, blocks));
            return;
        }
        RdfOutput.write(source.graph(options.inferred()), format, context, frame, out);
    }
}
