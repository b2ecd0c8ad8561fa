// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.nutrikg.model.BadInputException;
import org.w3id.nutrikg.model.graph.GraphSpec;
import org.w3id.nutrikg.model.graph.Graphs;
import org.w3id.nutrikg.model.graph.Reasoning;
import org.w3id.nutrikg.model.template.TemplateTable.Row;
import org.w3id.nutrikg.model.vocab.Prefixes;

/** Every row of the reference tables is in the bundled graph, with its numbers, units and source. */
class ReferenceDataTest {

    private static final Pattern RANGE = Pattern.compile("(.+)-(.+)");
    private static Model model;

    @BeforeAll
    static void load() {
        model = Graphs.load(GraphSpec.bundledGraph().withReasoning(Reasoning.NONE)).model(false);
    }

    private static Map<String, String> lookup(String table) {
        TemplateTable t = ReferenceData.bundledTable(table);
        Map<String, String> out = new HashMap<>();
        int id = t.column("ID");
        for (Row r : t.rows()) {
            out.put(r.cell(0), Prefixes.mapping().expandPrefix(r.cell(id)));
        }
        return out;
    }

    private static Map<String, String> columns(TemplateTable t, Row r) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < t.header().cells().size(); i++) {
            out.put(t.header().cell(i), r.cell(i).strip());
        }
        return out;
    }

    private static boolean ask(String where, Map<String, RDFNode> bindings) {
        QuerySolutionMap init = new QuerySolutionMap();
        bindings.forEach(init::add);
        try (QueryExecution qe = QueryExecution.create()
                .query(QueryFactory.create(Prefixes.sparqlDeclarations() + "ASK { " + where + " }"))
                .model(model).substitution(init).build()) {
            return qe.execAsk();
        }
    }

    /** The pattern an amount cell asks for: one decimal, or a minimum and a maximum. */
    private static String amount(String cell, String single, String min, String max, Map<String, RDFNode> b,
            String var) {
        Matcher m = RANGE.matcher(cell);
        if (m.matches()) {
            b.put(var + "Min", model.createTypedLiteral(new java.math.BigDecimal(m.group(1))));
            b.put(var + "Max", model.createTypedLiteral(new java.math.BigDecimal(m.group(2))));
            return "?x " + min + " ?lo" + var + " ; " + max + " ?hi" + var + " . FILTER(?lo" + var + " = ?" + var
                    + "Min && ?hi" + var + " = ?" + var + "Max) "
                    + "FILTER NOT EXISTS { ?x " + single + " ?any" + var + " } ";
        }
        b.put(var, model.createTypedLiteral(new java.math.BigDecimal(cell)));
        return "?x " + single + " ?v" + var + " . FILTER(?v" + var + " = ?" + var + ") ";
    }

    private static String unit(String abbreviation) {
        return Prefixes.mapping().expandPrefix(ReferenceData.UNITS.get(abbreviation));
    }

    private static String sourcePattern(Map<String, String> c, Map<String, RDFNode> b) {
        b.put("address", model.createTypedLiteral(c.get("source"), org.apache.jena.datatypes.xsd.XSDDatatype.XSDanyURI));
        b.put("authority", model.createLiteral(c.get("authority"), "en"));
        return "?x prov:wasDerivedFrom ?src . ?src a nkg:Source ; nkg:sourceAddress ?address ; dcterms:publisher ?authority . ";
    }

    private static void assertNone(List<String> missing) {
        assertTrue(missing.isEmpty(), missing.size() + " rows not found in the graph, the first: "
                + missing.subList(0, Math.min(5, missing.size())));
    }

    @Test
    void everyDietaryReferenceIntakeRowIsInTheGraph() {
        Map<String, String> nutrients = lookup(ReferenceData.NUTRIENTS);
        TemplateTable t = ReferenceData.bundledTable(ReferenceData.INTAKES);
        List<String> missing = new ArrayList<>();
        for (Row r : t.rows()) {
            Map<String, String> c = columns(t, r);
            Map<String, RDFNode> b = new HashMap<>();
            b.put("nutrient", model.createResource(nutrients.get(c.get("nutrient"))));
            b.put("kind", model.createLiteral(c.get("kind")));
            b.put("sex", model.createLiteral(c.get("sex")));
            b.put("unit", model.createResource(unit(c.get("unit"))));
            b.put("stage", model.createLiteral(c.get("life_stage")));
            String where = "?x a nkg:ReferenceIntake ; nkg:nutrient ?nutrient ; nkg:intakeKind ?kind ; nkg:sex ?sex ; "
                    + "nkg:unit ?unit ; nkg:lifeStage ?ls . OPTIONAL { ?x nkg:intakeScope ?scope } "
                    + "FILTER(IF(BOUND(?scope), CONCAT(?ls, ' (', ?scope, ')'), ?ls) = ?stage) "
                    + amount(c.get("amount"), "nkg:amount", "nkg:minAmount", "nkg:maxAmount", b, "amount")
                    + sourcePattern(c, b);
            if (!ask(where, b)) {
                missing.add(t.source() + ":" + r.line());
            }
        }
        assertNone(missing);
    }

    @Test
    void everyDailyValueRowIsInTheGraphAndSupersededOnesNameTheirReplacement() {
        Map<String, String> nutrients = lookup(ReferenceData.NUTRIENTS);
        TemplateTable t = ReferenceData.bundledTable(ReferenceData.DAILY_VALUES);
        List<String> missing = new ArrayList<>();
        for (Row r : t.rows()) {
            Map<String, String> c = columns(t, r);
            Map<String, RDFNode> b = new HashMap<>();
            String population = c.get("population");
            boolean superseded = population.endsWith("(pre-2016 DV; superseded)");
            b.put("nutrient", model.createResource(nutrients.get(c.get("nutrient"))));
            b.put("unit", model.createResource(unit(c.get("unit"))));
            b.put("stage", model.createLiteral(population.replace("(pre-2016 DV; superseded)", "").strip()));
            String where = "?x a nkg:ReferenceIntake ; nkg:nutrient ?nutrient ; nkg:intakeKind 'DV' ; nkg:unit ?unit ; "
                    + "nkg:lifeStage ?stage . "
                    + (superseded
                            ? "?x dcterms:isReplacedBy ?current . ?current nkg:intakeKind 'DV' ; nkg:nutrient ?nutrient ; "
                                    + "nkg:lifeStage ?stage . FILTER NOT EXISTS { ?current dcterms:isReplacedBy ?other } "
                            : "FILTER NOT EXISTS { ?x dcterms:isReplacedBy ?other } ")
                    + amount(c.get("amount"), "nkg:amount", "nkg:minAmount", "nkg:maxAmount", b, "amount")
                    + sourcePattern(c, b);
            if (!ask(where, b)) {
                missing.add(t.source() + ":" + r.line());
            }
        }
        assertNone(missing);
    }

    @Test
    void everyFoodSourceRowIsInTheGraphWithItsDailyValueBasis() {
        Map<String, String> nutrients = lookup(ReferenceData.NUTRIENTS);
        Map<String, String> foods = lookup(ReferenceData.FOODS);
        TemplateTable t = ReferenceData.bundledTable(ReferenceData.FOOD_SOURCES);
        List<String> missing = new ArrayList<>();
        for (Row r : t.rows()) {
            Map<String, String> c = columns(t, r);
            Map<String, RDFNode> b = new HashMap<>();
            b.put("nutrient", model.createResource(nutrients.get(c.get("nutrient"))));
            b.put("food", model.createResource(foods.get(c.get("food"))));
            b.put("unit", model.createResource(unit(c.get("unit"))));
            b.put("serving", model.createLiteral(c.get("serving")));
            String where = "?x a nkg:NutrientContent ; nkg:nutrient ?nutrient ; nkg:food ?food ; nkg:unit ?unit ; "
                    + "nkg:servingSize ?serving . ?food a/rdfs:subClassOf* nkg:Food . "
                    + amount(c.get("amount_per_serving"), "nkg:amount", "nkg:minAmount", "nkg:maxAmount", b, "amount")
                    + sourcePattern(c, b);
            if (c.get("percent_dv").isEmpty()) {
                where += "FILTER NOT EXISTS { ?x nkg:percentDailyValue|nkg:minPercentDailyValue|nkg:dailyValueBasis ?p } ";
            } else {
                where += amount(c.get("percent_dv"), "nkg:percentDailyValue", "nkg:minPercentDailyValue",
                        "nkg:maxPercentDailyValue", b, "pct")
                        + "?x nkg:dailyValueBasis ?dv . ?dv nkg:intakeKind 'DV' ; nkg:nutrient ?nutrient ; nkg:unit ?unit . ";
            }
            if (!ask(where, b)) {
                missing.add(t.source() + ":" + r.line());
            }
        }
        assertNone(missing);
    }

    @Test
    void theGraphHoldsNoReferenceNodeThatNoRowGave() {
        long intakes = model.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                model.createResource(Prefixes.mapping().expandPrefix("nkg:ReferenceIntake"))).toList().size();
        long contents = model.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                model.createResource(Prefixes.mapping().expandPrefix("nkg:NutrientContent"))).toList().size();
        assertEquals(ReferenceData.bundledTable(ReferenceData.INTAKES).rows().size()
                + ReferenceData.bundledTable(ReferenceData.DAILY_VALUES).rows().size(), intakes);
        assertEquals(ReferenceData.bundledTable(ReferenceData.FOOD_SOURCES).rows().size(), contents);
    }

    @Test
    void theMagnesiumUpperLimitCoversSupplementsOnly() {
        assertTrue(ask("?x nkg:nutrient nkr:Magnesium ; nkg:intakeKind 'UL'", Map.of()));
        assertTrue(!ask("?x nkg:nutrient nkr:Magnesium ; nkg:intakeKind 'UL' . "
                + "FILTER NOT EXISTS { ?x nkg:intakeScope ?s FILTER(CONTAINS(?s, 'supplemental Mg only')) }", Map.of()),
                "every magnesium UL says it covers supplemental magnesium only");
        assertTrue(ask("nkr:Intake-Magnesium-RDA-19-30y-Male nkg:amount ?a ; nkg:unit unit:MilliGM FILTER(?a = 400)", Map.of()));
    }

    @Test
    void newFoodsAreTypedOnlyAsTheTableSays() {
        assertTrue(ask("nkr:BeefLiverCookedPanFried a nkg:AnimalProduct ; nkg:inFoodGroup nkr:Meat", Map.of()));
        assertTrue(ask("nkr:ClamsWithoutShellsCooked a nkg:AnimalProduct", Map.of()));
        assertTrue(ask("nkr:Tempeh a nkg:Food FILTER NOT EXISTS { nkr:Tempeh a nkg:PlantFood }", Map.of()));
        assertTrue(ask("nkr:Content-Bananas-VitaminB12 nkg:food nkr:Bananas", Map.of()), "the article's bananas are reused");
    }

    private static TemplateTable table(String name, String text) {
        try {
            return Tables.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name, false);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BadInputException conversionError(String intakeRow) {
        Map<String, TemplateTable> tables = new HashMap<>();
        for (String name : List.of(ReferenceData.NUTRIENTS, ReferenceData.FOODS, ReferenceData.SOURCES,
                ReferenceData.DAILY_VALUE_BASIS, ReferenceData.DAILY_VALUES, ReferenceData.FOOD_SOURCES)) {
            tables.put(name, ReferenceData.bundledTable(name));
        }
        tables.put(ReferenceData.INTAKES, table("dri.csv", "nutrient,life_stage,sex,kind,amount,unit,authority,source\n"
                + "magnesium,19-30 y,male,RDA,400,mg,x,https://www.ncbi.nlm.nih.gov/books/NBK545442/table/appJ_tab3/?report=objectonly\n"
                + intakeRow + "\n"));
        return assertThrows(BadInputException.class, () -> ReferenceData.convert(tables::get));
    }

    @Test
    void conversionErrorsNameTheRowAndColumnOfThePublishedTable() {
        String src = ",x,https://www.ncbi.nlm.nih.gov/books/NBK545442/table/appJ_tab3/?report=objectonly";
        assertEquals("dri.csv:3:6: unknown unit 'kg' (expected: g, mcg, mg, µg)",
                conversionError("magnesium,31-50 y,male,RDA,420,kg" + src).located());
        assertEquals("dri.csv:3:5: '4OO' is not a number or a range such as 8.3-24",
                conversionError("magnesium,31-50 y,male,RDA,4OO,mg" + src).located());
        assertEquals("dri.csv:3:1: 'zinc' is not listed in data/reference/nutrients.csv",
                conversionError("zinc,31-50 y,male,RDA,11,mg" + src).located());
        assertEquals("dri.csv:3:1: a second row for nkr:Intake-Magnesium-RDA-19-30y-Male",
                conversionError("magnesium,19-30 y,male,RDA,410,mg" + src).located());
    }

    @Test
    void slugsAreReadable() {
        assertEquals("19-30y", ReferenceData.slug("19-30 y"));
        assertEquals("Over70y", ReferenceData.slug(">70 y"));
        assertEquals("AdultsAndChildrenAtLeast4y", ReferenceData.slug("adults and children >=4 y"));
        assertEquals("Pregnancy14-18y", ReferenceData.slug("pregnancy 14-18 y"));
    }
}
