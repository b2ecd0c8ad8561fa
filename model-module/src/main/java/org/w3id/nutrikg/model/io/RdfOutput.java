// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

import java.io.OutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamTriplesOnly;
import org.apache.jena.riot.writer.WriterStreamRDFBlocks;
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
     * A streaming Turtle or TriG writer: Jena's "blocks" writer (a subject's triples together while they come
     * one after the other, prefixes first), writing through a {@link BulkIndentedWriter}. The same bytes as
     * {@code StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS)}, in less time. Turtle refuses a
     * quad of a named graph, as Jena's writer does.
     */
    public static StreamRDF blocks(OutputStream out, ExportFormat format) {
        if (format != ExportFormat.TURTLE && format != ExportFormat.TRIG) {
            throw new IllegalArgumentException("a blocks writer writes Turtle or TriG, not " + format);
        }
        StreamRDF writer = new WriterStreamRDFBlocks(new BulkIndentedWriter(out), RIOT.getContext().copy());
        return format == ExportFormat.TURTLE ? StreamTriplesOnly.exceptionOnQuads(writer) : writer;
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
