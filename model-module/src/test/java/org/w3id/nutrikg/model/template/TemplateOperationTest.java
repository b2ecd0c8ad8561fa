// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.w3id.nutrikg.model.BadInputException;
import org.w3id.nutrikg.model.vocab.NKG;

class TemplateOperationTest {

    private static final TemplateOptions VOCABULARY = new TemplateOptions(Set.of(NKG.NS + "PlantFood",
            NKG.NS + "Food", NKG.NS + "foodSourceOf", NKG.NS + "NutrientContent", NKG.NS + "nutrient",
            NKG.NS + "amount", NKG.NS + "unit", NKG.NS + "servingSize"));

    static Path resource(String name) {
        try {
            return Path.of(TemplateOperationTest.class.getClassLoader().getResource("template/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Model read(Path ttl) {
        return RDFParser.source(ttl).lang(Lang.TURTLE).toModel();
    }

    private static void assertIsomorphic(Model expected, Graph actual) {
        Model got = ModelFactory.createModelForGraph(actual);
        if (!expected.isIsomorphicWith(got)) {
            ByteArrayOutputStream a = new ByteArrayOutputStream();
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            RDFDataMgr.write(a, expected, Lang.TURTLE);
            RDFDataMgr.write(b, got, Lang.TURTLE);
            assertEquals(a.toString(StandardCharsets.UTF_8), b.toString(StandardCharsets.UTF_8), "graphs differ");
        }
    }

    private static TemplateTable csv(String text) {
        try {
            return Tables.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv", false);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BadInputException failure(String csvText) {
        return assertThrows(BadInputException.class, () -> TemplateOperation.toGraph(csv(csvText), VOCABULARY));
    }

    @Test
    void csvWithSplitNotesAndRepeatedIdsGivesTheExpectedGraph() {
        Graph g = TemplateOperation.toGraph(Tables.read(resource("foods-input.csv")), VOCABULARY);
        assertIsomorphic(read(resource("foods-expected.ttl")), g);
    }

    @Test
    void outputIsSortedTurtleWithoutTimestamps() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateOperation.run(resource("foods-input.csv"), VOCABULARY, out);
        assertEquals(Files.readString(resource("foods-expected.ttl")), out.toString(StandardCharsets.UTF_8));
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        TemplateOperation.run(resource("foods-input.csv"), VOCABULARY, again);
        assertEquals(out.toString(StandardCharsets.UTF_8), again.toString(StandardCharsets.UTF_8));
    }

    @Test
    void tsvWithTypedLiteralsAndUnits() {
        Graph g = TemplateOperation.toGraph(Tables.read(resource("content-input.tsv")), VOCABULARY);
        assertIsomorphic(read(resource("content-expected.ttl")), g);
    }

    @Test
    void badDecimalNamesRowAndColumn() {
        BadInputException e = failure("ID,nkg:amount^^xsd:decimal\nnkr:A,2.4\nnkr:B,8.3-24\n");
        assertEquals("t.csv:3:2: '8.3-24' is not a valid xsd:decimal (column 'nkg:amount^^xsd:decimal')", e.located());
    }

    @Test
    void textInAnIriColumnSaysHowToWriteText() {
        BadInputException e = failure("ID,nkg:servingSize\nnkr:A,3 ounces\n");
        assertEquals("t.csv:2:2: '3 ounces' is not an IRI or a CURIE with a known prefix (column 'nkg:servingSize'; "
                + "for text, write the column as 'nkg:servingSize^^xsd:string' or 'nkg:servingSize@en')", e.located());
    }

    @Test
    void unknownPrefixInHeaderAndInValue() {
        assertTrue(failure("ID,nkx:amount\n").located().startsWith("t.csv:1:2: unknown prefix 'nkx' in 'nkx:amount'"));
        assertTrue(failure("ID,TYPE\nnkr:A,foo:Bar\n").located().startsWith("t.csv:2:2: unknown prefix 'foo' in 'foo:Bar'"));
    }

    @Test
    void mistypedOntologyTermIsNamedWithASuggestion() {
        BadInputException e = failure("ID,TYPE,nkg:foodSorceOf\nnkr:A,nkg:Food,nkr:B\n");
        assertEquals("t.csv:1:3: 'nkg:foodSorceOf' is not a term of the NutriKG ontology (did you mean 'nkg:foodSourceOf'?)",
                e.located());
        BadInputException type = failure("ID,TYPE\nnkr:A,nkg:Fod\n");
        assertEquals("t.csv:2:2: 'nkg:Fod' is not a term of the NutriKG ontology (did you mean 'nkg:Food'?)",
                type.located());
    }

    @Test
    void rowWithoutIdAndTableWithoutIdColumn() {
        assertEquals("t.csv:3:1: this row has values but no ID", failure("ID,LABEL\nnkr:A,a\n,b\n").located());
        assertEquals("t.csv:1:1: no 'ID' column: one column must give each row's subject", failure("LABEL\na\n").located());
        assertTrue(failure("ID,ID\n").located().startsWith("t.csv:1:2: a second 'ID' column"));
    }

    @Test
    void headerThatIsNotATerm() {
        assertTrue(failure("ID,amount\n").located().startsWith("t.csv:1:2: column 'amount' is not ID, LABEL, TYPE or a property"));
        assertTrue(failure("ID,nkg:amount^^xsd:decimall\n").located().startsWith("t.csv:1:2: unknown datatype 'xsd:decimall'"));
    }

    @Test
    void csvSyntaxErrorsNameLineAndColumn() {
        assertEquals("t.csv:2:2: a quoted cell is not closed (a '\"' is missing)",
                assertThrows(BadInputException.class, () -> csv("ID,LABEL\nnkr:A,\"open\n\n")).located());
        assertEquals("t.csv:2:3: this row has 3 cells but the header has 2",
                assertThrows(BadInputException.class, () -> csv("ID,LABEL\nnkr:A,a,b\n")).located());
        assertEquals("t.csv:2:2: a '\"' inside an unquoted cell (quote the whole cell and double the inner '\"')",
                assertThrows(BadInputException.class, () -> csv("ID,LABEL\nnkr:A,a\"b\n")).located());
    }

    @Test
    void quotedCellsKeepCommasAndLineBreaksAndLaterRowsKeepTheirLines() {
        TemplateTable t = csv("ID,LABEL\r\nnkr:A,\"a, b\nc\"\r\nnkr:B,x\n");
        assertEquals(2, t.rows().size());
        assertEquals("a, b\nc", t.rows().get(0).cell(1));
        assertEquals(4, t.rows().get(1).line());
    }

    @Test
    void unknownExtensionIsBadInput(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path xls = dir.resolve("t.xlsx");
        Files.writeString(xls, "ID\n");
        BadInputException e = assertThrows(BadInputException.class, () -> Tables.read(xls));
        assertTrue(e.located().endsWith("t.xlsx: unknown table syntax for this file extension (expected .csv or .tsv)"));
    }
}
