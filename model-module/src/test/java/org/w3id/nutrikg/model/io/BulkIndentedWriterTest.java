// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.junit.jupiter.api.Test;

class BulkIndentedWriterTest {

    private static final String[] PIECES = { "", "a", "ab", "abc", "nkr:VitaminB12", "\"quoted\"", " ; ", "\n",
        "\r\n", "\r", "line one\nline two", "end\r", "\nstart", "caf\u00e9", "\ud83e\udd66 broccoli", "  ", ".",
        "x\r\ny", "<https://w3id.org/nutrikg/resource/Food0>" };

    @Test
    void writesWhatJenasWriterWritesWhateverTheCalls() {
        for (long seed = 1; seed <= 300; seed++) {
            ByteArrayOutputStream jena = new ByteArrayOutputStream();
            ByteArrayOutputStream bulk = new ByteArrayOutputStream();
            IndentedWriter a = new IndentedWriter(jena);
            IndentedWriter b = new BulkIndentedWriter(bulk);
            Random random = new Random(seed);
            for (int step = 0; step < 200; step++) {
                int op = random.nextInt(12);
                String piece = PIECES[random.nextInt(PIECES.length)];
                int n = random.nextInt(6);
                switch (op) {
                case 0, 1, 2, 3 -> {
                    a.print(piece);
                    b.print(piece);
                }
                case 4 -> {
                    a.print(piece.isEmpty() ? 'z' : piece.charAt(0));
                    b.print(piece.isEmpty() ? 'z' : piece.charAt(0));
                }
                case 5 -> {
                    a.println(piece);
                    b.println(piece);
                }
                case 6 -> {
                    a.incIndent(n);
                    b.incIndent(n);
                }
                case 7 -> {
                    int down = Math.min(n, a.getAbsoluteIndent());
                    a.decIndent(down);
                    b.decIndent(down);
                }
                case 8 -> {
                    a.pad(n * 3);
                    b.pad(n * 3);
                }
                case 9 -> {
                    a.print(' ', n);
                    b.print(' ', n);
                }
                case 10 -> {
                    a.ensureStartOfLine();
                    b.ensureStartOfLine();
                }
                default -> {
                    boolean flat = random.nextInt(8) == 0;
                    a.setFlatMode(flat);
                    b.setFlatMode(flat);
                }
                }
                assertEquals(a.getCol(), b.getCol(), "column, seed " + seed + " step " + step);
                assertEquals(a.getRow(), b.getRow(), "row, seed " + seed + " step " + step);
            }
            a.flush();
            b.flush();
            assertEquals(jena.toString(StandardCharsets.UTF_8), bulk.toString(StandardCharsets.UTF_8), "seed " + seed);
        }
    }

    @Test
    void turtleAndTrigAreJenasBlocksOutputByteForByte() {
        for (boolean quads : new boolean[] { false, true }) {
            ByteArrayOutputStream jena = new ByteArrayOutputStream();
            ByteArrayOutputStream ours = new ByteArrayOutputStream();
            send(StreamRDFWriter.getWriterStream(jena, quads ? RDFFormat.TRIG_BLOCKS : RDFFormat.TURTLE_BLOCKS), quads);
            send(RdfOutput.blocks(ours, quads ? ExportFormat.TRIG : ExportFormat.TURTLE), quads);
            assertArrayEquals(jena.toByteArray(), ours.toByteArray(), ours.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void turtleRefusesAQuadOfANamedGraph() {
        StreamRDF turtle = RdfOutput.blocks(new ByteArrayOutputStream(), ExportFormat.TURTLE);
        turtle.start();
        Node x = NodeFactory.createURI("http://example.org/x");
        assertThrows(RiotException.class, () -> turtle.quad(Quad.create(x, x, x, x)));
    }

    /** Subjects in runs and apart, literals that need escapes, language tags, datatypes, blank nodes. */
    private static void send(StreamRDF out, boolean quads) {
        out.start();
        out.prefix("ex", "http://example.org/");
        out.prefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        Node label = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
        Node note = NodeFactory.createURI("http://example.org/a-rather-long-predicate-name");
        Node graph = NodeFactory.createURI("http://example.org/g");
        Node blank = NodeFactory.createBlankNode("b0");
        String[] values = { "plain", "two\nlines", "tab\tand \"quotes\"", "caf\u00e9 \ud83e\udd66", "back\\slash",
            "cr\r\nlf", "" };
        for (int i = 0; i < 60; i++) {
            Node s = i % 7 == 3 ? blank : NodeFactory.createURI("http://example.org/s" + (i / 3));
            Node p = i % 2 == 0 ? label : note;
            Node o = switch (i % 5) {
                case 0 -> NodeFactory.createLiteralLang(values[i % values.length], "en");
                case 1 -> NodeFactory.createLiteralDT(String.valueOf(i), XSDDatatype.XSDinteger);
                case 2 -> NodeFactory.createURI("http://example.org/o" + i);
                case 3 -> NodeFactory.createURI("http://other.example/path#" + i);
                default -> NodeFactory.createLiteralString(values[i % values.length]);
            };
            if (quads) {
                out.quad(Quad.create(i % 4 == 0 ? Quad.defaultGraphIRI : graph, s, p, o));
            } else {
                out.triple(Triple.create(s, p, o));
            }
        }
        out.finish();
    }
}
