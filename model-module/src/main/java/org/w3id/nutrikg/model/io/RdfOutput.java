// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

import java.io.OutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFWriter;
import org.w3id.nutrikg.model.vocab.Prefixes;

import com.apicatalog.jsonld.document.JsonDocument;

/** Writes a graph in one of the {@link ExportFormat}s, with NutriKG's prefixes. */
public final class RdfOutput {

    private RdfOutput() {
    }

    /** Writes {@code graph}; JSON-LD is compacted with NutriKG's context. */
    public static void write(Graph graph, ExportFormat format, OutputStream out) {
        write(graph, format, null, null, out);
    }

    /**
     * Writes {@code graph}. For JSON-LD, {@code context} (null: NutriKG's) compacts and {@code frame}
     * (null: none) frames; both are ignored by the other formats.
     */
    public static void write(Graph graph, ExportFormat format, JsonDocument context, JsonDocument frame,
            OutputStream out) {
        if (format == ExportFormat.JSONLD) {
            JsonLdWriter.write(graph, context != null ? context : JsonLdWriter.defaultContext(), frame, out);
            return;
        }
        graph.getPrefixMapping().setNsPrefixes(Prefixes.mapping());
        if (format == ExportFormat.NQUADS || format == ExportFormat.TRIG) {
            RDFWriter.source(org.apache.jena.sparql.core.DatasetGraphFactory.wrap(graph)).format(format.rdfFormat()).output(out);
        } else {
            RDFDataMgr.write(out, graph, format.rdfFormat());
        }
    }
}
