// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.nutrikg.model.BadInputException;
import org.w3id.nutrikg.model.io.BundledResources;
import org.w3id.nutrikg.model.template.TemplateTable.Row;

/**
 * The quantitative reference data of data/reference/: dietary reference intakes, daily values and the
 * nutrient content of foods, converted from the CSV files as published into RDF every time the bundled graph
 * is read. Each table is turned into a template table (one row per node, the header naming the terms) and
 * the template mechanism makes the triples, so the conversion is the same code researchers use for their
 * own tables.
 *
 * <p>The choices a person made live in small tables beside the data, not in this code: which individual a
 * nutrient name, a food or a source address stands for (nutrients.csv, foods.csv, sources.csv), and which
 * daily value a block's percentages refer to (daily-value-basis.csv). Errors name the file, the line and
 * the column.
 */
public final class ReferenceData {

    /** Classpath folder of the reference tables (data/reference/ in the repository). */
    public static final String FOLDER = BundledResources.DATA + "/reference";

    /** The published tables, as copied. */
    public static final String INTAKES = "dietary-reference-intakes.csv";
    /** FDA daily values. */
    public static final String DAILY_VALUES = "daily-values.csv";
    /** Nutrient content of foods. */
    public static final String FOOD_SOURCES = "food-sources.csv";
    /** Identifiers of the article's entities in the standard ontologies. */
    public static final String EXTERNAL_MAPPINGS = "external-mappings.csv";
    /** Nutrient names of the tables to the graph's nutrients. */
    public static final String NUTRIENTS = "nutrients.csv";
    /** Foods of food-sources.csv: a template of the new food individuals. */
    public static final String FOODS = "foods.csv";
    /** Source addresses to source individuals. */
    public static final String SOURCES = "sources.csv";
    /** Which daily value the percentages of each food-sources block refer to. */
    public static final String DAILY_VALUE_BASIS = "daily-value-basis.csv";
    /** Entities of external-mappings.csv to the individuals they name. */
    public static final String MAPPING_ENTITIES = "mapping-entities.csv";

    /** QUDT units of the tables' unit abbreviations. */
    public static final Map<String, String> UNITS = Map.of(
            "mcg", "unit:MicroGM",
            "µg", "unit:MicroGM",
            "mg", "unit:MilliGM",
            "g", "unit:GM");

    private static final Set<String> KINDS = Set.of("RDA", "AI", "UL", "CDRR");
    private static final Set<String> SEXES = Set.of("male", "female", "both");
    private static final String SUPERSEDED = "(pre-2016 DV; superseded)";
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern RANGE = Pattern.compile("(\\d+(?:\\.\\d+)?)-(\\d+(?:\\.\\d+)?)");
    private static final Pattern QUALIFIED = Pattern.compile("^(.*?)\\s*\\((.*)\\)$");

    private static final List<String> INTAKE_HEADER = List.of("ID", "LABEL", "TYPE SPLIT=|", "nkg:nutrient",
            "nkg:intakeKind^^xsd:string", "nkg:lifeStage^^xsd:string", "nkg:sex^^xsd:string",
            "nkg:intakeScope^^xsd:string", "nkg:amount^^xsd:decimal", "nkg:minAmount^^xsd:decimal",
            "nkg:maxAmount^^xsd:decimal", "nkg:unit", "dcterms:isReplacedBy", "prov:wasDerivedFrom");
    private static final List<String> CONTENT_HEADER = List.of("ID", "LABEL", "TYPE SPLIT=|", "nkg:food",
            "nkg:nutrient", "nkg:servingSize^^xsd:string", "nkg:amount^^xsd:decimal", "nkg:minAmount^^xsd:decimal",
            "nkg:maxAmount^^xsd:decimal", "nkg:unit", "nkg:percentDailyValue^^xsd:decimal",
            "nkg:minPercentDailyValue^^xsd:decimal", "nkg:maxPercentDailyValue^^xsd:decimal",
            "nkg:dailyValueBasis", "prov:wasDerivedFrom");
    /** OBO's textual definition, written beside skos:definition so that OBO tools such as ROBOT see it. */
    private static final String TEXTUAL_DEFINITION = "<http://purl.obolibrary.org/obo/IAO_0000115>@en";
    private static final List<String> SOURCE_HEADER = List.of("ID", "LABEL", "TYPE SPLIT=|",
            "nkg:sourceAddress^^xsd:anyURI", "dcterms:publisher@en", "skos:definition@en", TEXTUAL_DEFINITION);
    private static final List<String> FOOD_SOURCE_HEADER = List.of("ID", "dcterms:source SPLIT=|",
            "skos:definition@en", TEXTUAL_DEFINITION);

    private final Function<String, TemplateTable> tables;
    private final Map<String, String> nutrients;
    private final Map<String, String> sources;
    private final Map<String, String> foods;
    private final Map<String, String> basis;

    private ReferenceData(Function<String, TemplateTable> tables) {
        this.tables = tables;
        this.nutrients = lookup(tables.apply(NUTRIENTS), "ID");
        this.sources = lookup(tables.apply(SOURCES), "ID");
        this.foods = lookup(tables.apply(FOODS), "ID");
        TemplateTable b = tables.apply(DAILY_VALUE_BASIS);
        this.basis = new HashMap<>();
        for (Row r : b.rows()) {
            basis.put(r.cell(0).strip(), r.cell(1).strip());
        }
    }

    /** The reference data of the bundled graph, converted from the classpath copy of data/reference/. */
    public static Graph read() {
        return convert(ReferenceData::bundledTable);
    }

    /** Converts the tables that {@code tables} gives by file name (for tests: other folders). */
    public static Graph convert(Function<String, TemplateTable> tables) {
        return new ReferenceData(tables).graph();
    }

    /** Reads one table of the bundled data/reference/ folder. */
    public static TemplateTable bundledTable(String name) {
        String resource = FOLDER + "/" + name;
        try (InputStream in = BundledResources.open(resource)) {
            return Tables.read(in, "data/reference/" + name, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Graph graph() {
        TemplateOptions unchecked = TemplateOptions.unchecked();
        Graph g = GraphFactory.createDefaultGraph();
        TemplateTable intakes = tables.apply(INTAKES);
        TemplateTable dailyValues = tables.apply(DAILY_VALUES);
        TemplateTable foodSources = tables.apply(FOOD_SOURCES);

        // a publisher named for several addresses (USDA, one page per food) gets the address in its label too
        Map<String, Set<String>> addressesByAuthority = new TreeMap<>();
        for (TemplateTable t : List.of(intakes, dailyValues, foodSources)) {
            int authority = required(t, "authority");
            int source = required(t, "source");
            for (Row r : t.rows()) {
                addressesByAuthority.computeIfAbsent(r.cell(authority).strip(), k -> new TreeSet<>())
                        .add(r.cell(source).strip());
            }
        }
        Set<String> seen = new TreeSet<>();
        for (TemplateTable t : List.of(intakes, dailyValues, foodSources)) {
            int authority = required(t, "authority");
            int source = required(t, "source");
            List<Row> sourceRows = new ArrayList<>();
            for (Row r : t.rows()) {
                String address = r.cell(source).strip();
                String id = known(sources, address, t, r, source, SOURCES);
                if (seen.add(id)) {
                    String name = r.cell(authority).strip();
                    String label = addressesByAuthority.get(name).size() > 1 ? name + " (" + address + ")" : name;
                    String definition = "A page published by " + name + " that reference data of NutriKG were read from, at "
                            + address + ".";
                    sourceRows.add(row(r, id, label, "owl:NamedIndividual|nkg:Source", address, name, definition,
                            definition));
                }
            }
            add(g, derived(t, SOURCE_HEADER, sourceRows), unchecked);
        }
        add(g, derived(intakes, INTAKE_HEADER, intakeRows(intakes)), unchecked);
        add(g, derived(dailyValues, INTAKE_HEADER, dailyValueRows(dailyValues)), unchecked);
        add(g, derived(foodSources, CONTENT_HEADER, contentRows(foodSources, dailyValues)), unchecked);
        add(g, derived(foodSources, FOOD_SOURCE_HEADER, foodSourceRows(foodSources)), unchecked);
        add(g, tables.apply(FOODS), unchecked);
        return g;
    }

    private static void add(Graph g, TemplateTable t, TemplateOptions options) {
        TemplateOperation.toGraph(t, options).find().forEach(g::add);
    }

    private List<Row> intakeRows(TemplateTable t) {
        int nutrient = required(t, "nutrient");
        int lifeStage = required(t, "life_stage");
        int sex = required(t, "sex");
        int kind = required(t, "kind");
        int amount = required(t, "amount");
        int unit = required(t, "unit");
        int source = required(t, "source");
        List<Row> out = new ArrayList<>();
        Set<String> ids = new TreeSet<>();
        for (Row r : t.rows()) {
            String n = known(nutrients, r.cell(nutrient).strip(), t, r, nutrient, NUTRIENTS);
            String k = r.cell(kind).strip();
            if (!KINDS.contains(k)) {
                throw error(t, r, kind, ReferenceDataMessages.unknownKind(k));
            }
            String s = r.cell(sex).strip();
            if (!SEXES.contains(s)) {
                throw error(t, r, sex, ReferenceDataMessages.unknownSex(s));
            }
            String stage = r.cell(lifeStage).strip();
            String scope = "";
            Matcher q = QUALIFIED.matcher(stage);
            if (q.matches()) {
                stage = q.group(1);
                scope = q.group(2);
            }
            String id = "nkr:Intake-" + local(n) + "-" + k + "-" + slug(stage) + "-" + capitalize(s)
                    + (scope.isEmpty() ? "" : "-" + slug(scope.split(";")[0]));
            unique(ids, id, t, r);
            Amount a = amount(t, r, amount);
            String label = r.cell(nutrient).strip() + " " + k + ", " + stage + ", "
                    + ("both".equals(s) ? "both sexes" : s) + (scope.isEmpty() ? "" : " (" + scope + ")");
            out.add(row(r, id, label, "owl:NamedIndividual|nkg:ReferenceIntake", n, k, stage, s, scope,
                    a.exact(), a.min(), a.max(), unit(t, r, unit), "", sources.get(r.cell(source).strip())));
        }
        return out;
    }

    private List<Row> dailyValueRows(TemplateTable t) {
        int nutrient = required(t, "nutrient");
        int population = required(t, "population");
        int amount = required(t, "amount");
        int unit = required(t, "unit");
        int source = required(t, "source");
        List<Row> out = new ArrayList<>();
        Set<String> ids = new TreeSet<>();
        for (Row r : t.rows()) {
            String n = known(nutrients, r.cell(nutrient).strip(), t, r, nutrient, NUTRIENTS);
            String p = r.cell(population).strip();
            boolean superseded = p.endsWith(SUPERSEDED);
            String stage = superseded ? p.substring(0, p.length() - SUPERSEDED.length()).strip() : p;
            String replacedBy = "";
            if (superseded) {
                replacedBy = dailyValueId(n, stage, false);
                if (!ids(t, nutrient, population).contains(local(n) + "\u0000" + stage)) {
                    throw error(t, r, population, ReferenceDataMessages.supersededWithoutCurrent(stage));
                }
            }
            String id = dailyValueId(n, stage, superseded);
            unique(ids, id, t, r);
            Amount a = amount(t, r, amount);
            String label = r.cell(nutrient).strip() + " daily value" + (superseded ? " before 2016 (superseded)" : "")
                    + ", " + stage;
            out.add(row(r, id, label, "owl:NamedIndividual|nkg:ReferenceIntake", n, "DV", stage, "", "",
                    a.exact(), a.min(), a.max(), unit(t, r, unit), replacedBy, sources.get(r.cell(source).strip())));
        }
        return out;
    }

    private Set<String> ids(TemplateTable t, int nutrient, int population) {
        Set<String> out = new TreeSet<>();
        for (Row r : t.rows()) {
            String n = nutrients.get(r.cell(nutrient).strip());
            if (n != null) {
                out.add(local(n) + "\u0000" + r.cell(population).strip());
            }
        }
        return out;
    }

    private static String dailyValueId(String nutrient, String population, boolean superseded) {
        return "nkr:Intake-" + local(nutrient) + "-DV-" + slug(population) + (superseded ? "-Pre2016" : "");
    }

    private List<Row> contentRows(TemplateTable t, TemplateTable dailyValues) {
        int nutrient = required(t, "nutrient");
        int food = required(t, "food");
        int serving = required(t, "serving");
        int amount = required(t, "amount_per_serving");
        int unit = required(t, "unit");
        int percent = required(t, "percent_dv");
        int source = required(t, "source");
        int dvNutrient = required(dailyValues, "nutrient");
        int dvPopulation = required(dailyValues, "population");
        Set<String> dailyValueKeys = new TreeSet<>();
        for (Row r : dailyValues.rows()) {
            dailyValueKeys.add(r.cell(dvNutrient).strip() + "\u0000" + r.cell(dvPopulation).strip());
        }
        List<Row> out = new ArrayList<>();
        Set<String> ids = new TreeSet<>();
        for (Row r : t.rows()) {
            String name = r.cell(nutrient).strip();
            String n = known(nutrients, name, t, r, nutrient, NUTRIENTS);
            String f = known(foods, r.cell(food).strip(), t, r, food, FOODS);
            String id = "nkr:Content-" + local(f) + "-" + local(n);
            unique(ids, id, t, r);
            Amount a = amount(t, r, amount);
            Amount pct = r.cell(percent).isBlank() ? Amount.NONE : amount(t, r, percent);
            String dv = "";
            if (pct != Amount.NONE) {
                String address = r.cell(source).strip();
                String population = basis.get(address);
                if (population == null) {
                    throw error(t, r, percent, ReferenceDataMessages.percentWithoutBasis(address, DAILY_VALUE_BASIS));
                }
                if (!dailyValueKeys.contains(name + "\u0000" + population)) {
                    throw error(t, r, percent, ReferenceDataMessages.noDailyValue(name, population, DAILY_VALUES));
                }
                boolean superseded = population.endsWith(SUPERSEDED);
                String stage = superseded
                        ? population.substring(0, population.length() - SUPERSEDED.length()).strip() : population;
                dv = dailyValueId(n, stage, superseded);
            }
            String servingText = r.cell(serving).strip();
            String label = name + " in " + lowerFirst(r.cell(food).strip().replaceAll("\\s*\\[USDA SR (\\d+):.*\\]$",
                    " (USDA SR $1)")) + " (" + servingText + ")";
            out.add(row(r, id, label, "owl:NamedIndividual|nkg:NutrientContent", f, n, servingText,
                    a.exact(), a.min(), a.max(), unit(t, r, unit), pct.exact(), pct.min(), pct.max(), dv,
                    sources.get(r.cell(source).strip())));
        }
        return out;
    }

    /** The sources of the rows that name each new food, as dcterms:source of the food. */
    private List<Row> foodSourceRows(TemplateTable t) {
        int food = required(t, "food");
        int source = required(t, "source");
        TemplateTable foodTable = tables.apply(FOODS);
        int label = foodTable.column("LABEL");
        int authority = required(t, "authority");
        Map<String, String> newFoods = new TreeMap<>();
        for (Row r : foodTable.rows()) {
            if (label >= 0 && !r.cell(label).isBlank()) {
                newFoods.put(r.cell(foodTable.column("ID")).strip(), r.cell(label).strip());
            }
        }
        Map<String, Set<String>> bySource = new TreeMap<>();
        Map<String, Set<String>> publishers = new TreeMap<>();
        Map<String, Row> firstRow = new HashMap<>();
        for (Row r : t.rows()) {
            String f = foods.get(r.cell(food).strip());
            if (newFoods.containsKey(f)) {
                bySource.computeIfAbsent(f, k -> new TreeSet<>()).add(sources.get(r.cell(source).strip()));
                publishers.computeIfAbsent(f, k -> new TreeSet<>()).add(r.cell(authority).strip());
                firstRow.putIfAbsent(f, r);
            }
        }
        List<Row> out = new ArrayList<>();
        bySource.forEach((f, s) -> {
            String definition = "The food that the food composition data of " + String.join(" and ", publishers.get(f))
                    + " list as '" + newFoods.get(f) + "'.";
            out.add(row(firstRow.get(f), f, String.join("|", s), definition, definition));
        });
        return out;
    }

    private record Amount(String exact, String min, String max) {
        static final Amount NONE = new Amount("", "", "");
    }

    /** A number, or a range "8.3-24" as a minimum and a maximum. */
    private static Amount amount(TemplateTable t, Row r, int column) {
        String v = r.cell(column).strip();
        if (NUMBER.matcher(v).matches()) {
            return new Amount(v, "", "");
        }
        Matcher m = RANGE.matcher(v);
        if (m.matches() && new BigDecimal(m.group(1)).compareTo(new BigDecimal(m.group(2))) <= 0) {
            return new Amount("", m.group(1), m.group(2));
        }
        throw error(t, r, column, ReferenceDataMessages.notAnAmount(v));
    }

    private static String unit(TemplateTable t, Row r, int column) {
        String u = r.cell(column).strip();
        String qudt = UNITS.get(u);
        if (qudt == null) {
            throw error(t, r, column, ReferenceDataMessages.unknownUnit(u, String.join(", ", new TreeSet<>(UNITS.keySet()))));
        }
        return qudt;
    }

    private static String known(Map<String, String> lookup, String key, TemplateTable t, Row r, int column,
            String table) {
        String v = lookup.get(key);
        if (v == null) {
            throw error(t, r, column, ReferenceDataMessages.notListed(key, table));
        }
        return v;
    }

    private static void unique(Set<String> ids, String id, TemplateTable t, Row r) {
        if (!ids.add(id)) {
            throw new BadInputException(t.source(), r.line(), 1, ReferenceDataMessages.secondRow(id), null);
        }
    }

    /** The first column as key, the named column as value. */
    private static Map<String, String> lookup(TemplateTable t, String valueColumn) {
        int v = t.column(valueColumn);
        if (v < 0) {
            throw new BadInputException(t.source(), t.header().line(), 1, ReferenceDataMessages.noColumn(valueColumn), null);
        }
        Map<String, String> out = new HashMap<>();
        for (Row r : t.rows()) {
            String key = r.cell(0).strip();
            if (out.put(key, r.cell(v).strip()) != null) {
                throw new BadInputException(t.source(), r.line(), 1, ReferenceDataMessages.listedTwice(key), null);
            }
        }
        return out;
    }

    private static int required(TemplateTable t, String column) {
        int i = t.column(column);
        if (i < 0) {
            throw new BadInputException(t.source(), t.header().line(), 1, ReferenceDataMessages.noColumn(column), null);
        }
        return i;
    }

    private static Row row(Row from, String... cells) {
        return new Row(from.line(), List.of(cells));
    }

    private static TemplateTable derived(TemplateTable from, List<String> header, List<Row> rows) {
        return new TemplateTable(from.source(), new Row(from.header().line(), header), rows);
    }

    private static BadInputException error(TemplateTable t, Row r, int column, String message) {
        return new BadInputException(t.source(), r.line(), column + 1, message, null);
    }

    private static String local(String curie) {
        return curie.substring(curie.indexOf(':') + 1);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String lowerFirst(String s) {
        return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))
                ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }

    /**
     * A readable IRI part of a life stage or population: "19-30 y" gives "19-30y", ">70 y" "Over70y",
     * "adults and children >=4 y" "AdultsAndChildrenAtLeast4y".
     */
    static String slug(String text) {
        String s = text.replace(">=", " at least ").replace(">", " over ").replace("<", " under ")
                .replace("%", " percent ");
        s = s.replaceAll("(\\d)\\s+(y|mo)\\b", "$1$2");
        StringBuilder sb = new StringBuilder();
        for (String word : s.split("[^A-Za-z0-9-]+")) {
            String w = word.replaceAll("^-+|-+$", "");
            if (!w.isEmpty()) {
                sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return sb.toString();
    }
}
