// SPDX-License-Identifier: Apache-2.0

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Deterministic synthetic nutrition-shaped data for the benchmark, as N-Triples: foods with labels in English
 * and German, each with nutrient-content nodes (food, nutrient, decimal amount, unit, label) for three
 * nutrients, and a foodSourceOf link to the first. The same size and seed give the same bytes.
 * <p>
 * Usage: {@code java bench/Generate.java TRIPLES OUT.nt}
 */
public final class Generate {

    private static final String NKG = "https://w3id.org/nutrikg/ontology#";
    private static final String NKR = "https://w3id.org/nutrikg/resource/";
    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final String LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    private static final String DECIMAL = "http://www.w3.org/2001/XMLSchema#decimal";
    private static final String[] NUTRIENTS = {
        "Potassium", "Magnesium", "Sodium", "Calcium", "Iron", "Zinc", "VitaminB12", "VitaminB6", "VitaminC", "Folate"};
    private static final String[] UNITS = {
        "http://qudt.org/vocab/unit/MilliGM", "http://qudt.org/vocab/unit/MicroGM"};
    /** Triples written per food: 3 about the food, 1 foodSourceOf, 6 per content node. */
    private static final int PER_FOOD = 3 + 1 + 3 * 6;

    private Generate() {
    }

    public static void main(String[] args) throws IOException {
        long triples = Long.parseLong(args[0]);
        Path out = Path.of(args[1]);
        long foods = Math.max(1, triples / PER_FOOD);
        Random random = new Random(20240605L);
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8),
                1 << 16)) {
            for (long i = 0; i < foods; i++) {
                String food = "<" + NKR + "SynFood" + i + ">";
                w.write(food + " <" + RDF_TYPE + "> <" + NKG + "Food> .\n");
                w.write(food + " <" + LABEL + "> \"synthetic food " + i + "\"@en .\n");
                w.write(food + " <" + LABEL + "> \"synthetisches Lebensmittel " + i + "\"@de .\n");
                int first = random.nextInt(NUTRIENTS.length);
                w.write(food + " <" + NKG + "foodSourceOf> <" + NKR + NUTRIENTS[first] + "> .\n");
                for (int k = 0; k < 3; k++) {
                    String nutrient = NUTRIENTS[(first + k * 3) % NUTRIENTS.length];
                    String content = "<" + NKR + "SynContent-" + i + "-" + nutrient + ">";
                    String amount = String.format(Locale.ROOT, "%.1f", random.nextInt(100_000) / 10.0);
                    w.write(content + " <" + RDF_TYPE + "> <" + NKG + "NutrientContent> .\n");
                    w.write(content + " <" + NKG + "food> " + food + " .\n");
                    w.write(content + " <" + NKG + "nutrient> <" + NKR + nutrient + "> .\n");
                    w.write(content + " <" + NKG + "amount> \"" + amount + "\"^^<" + DECIMAL + "> .\n");
                    w.write(content + " <" + NKG + "unit> <" + UNITS[nutrient.startsWith("Vitamin") ? 1 : 0] + "> .\n");
                    w.write(content + " <" + LABEL + "> \"" + nutrient.toLowerCase(Locale.ROOT) + " in synthetic food "
                            + i + "\"@en .\n");
                }
            }
        }
    }
}
