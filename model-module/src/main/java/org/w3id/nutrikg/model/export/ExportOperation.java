// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.export;

import java.io.OutputStream;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.w3id.nutrikg.model.graph.GraphSource;

import com.apicatalog.jsonld.document.JsonDocument;

/**
 * Writes a whole graph, asserted triples and optionally entailments, in one RDF syntax. N-Triples and
 * N-Quads stream triple by triple; the other syntaxes need the graph in memory.
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
        RdfOutput.write(source.graph(options.inferred()), format, context, frame, out);
    }
}
