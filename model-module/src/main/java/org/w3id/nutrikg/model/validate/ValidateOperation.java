// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.validate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.nutrikg.model.BadInputException;
import org.w3id.nutrikg.model.graph.BundledGraph;
import org.w3id.nutrikg.model.io.BundledResources;
import org.w3id.nutrikg.model.io.IoMessages;
import org.w3id.nutrikg.model.io.RdfFiles;
import org.w3id.nutrikg.model.template.ReferenceData;
import org.w3id.nutrikg.model.vocab.Prefixes;

/**
 * Validates the bundled graph and a user's files: the syntax of each file on its own (a file that does not parse
 * is reported and the others are still checked), then, over the triples of all files that parsed, the SHACL
 * shapes of ontology/shapes.ttl, the OWL 2 DL consistency rules, and the quality checks of sparql/checks/. Each
 * finding is placed at the file and line it concerns where that can be found.
 */
public final class ValidateOperation {

    private static final Logger LOG = LoggerFactory.getLogger(ValidateOperation.class);
    private static final String BUNDLED_PREFIX = "org/w3id/nutrikg/";
    /** What findings call the triples made from the reference tables of data/reference/. */
    static final String REFERENCE_DATA = "data/reference/*.csv";
    private static final Set<Lang> TOKENIZED = Set.of(Lang.TURTLE, Lang.TRIG, Lang.NTRIPLES, Lang.NQUADS);

    private ValidateOperation() {
    }

    /** Validates what the options name. A file or folder that does not exist fails before anything is checked. */
    public static ValidationReport validate(ValidateOptions options) {
        List<Path> files = options.files().stream().flatMap(p -> RdfFiles.expand(p).stream()).toList();
        List<Input> inputs = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        long start = System.nanoTime();
        for (Path file : files) {
            read(file.toString(), false, bytes(file), RdfFiles.langOf(file), inputs, findings);
        }
        if (options.bundled()) {
            for (String resource : BundledGraph.resources()) {
                read(displayName(resource), true, bytes(resource), Lang.TURTLE, inputs, findings);
            }
            if (BundledGraph.hasReferenceData()) {
                referenceData(inputs, findings);
            }
        }
        Graph merged = GraphFactory.createDefaultGraph();
        merged.getPrefixMapping().setNsPrefixes(Prefixes.mapping());
        for (Input in : inputs) {
            in.graph().find().forEach(merged::add);
        }
        long parsed = System.nanoTime();
        List<Draft> drafts = new ArrayList<>();
        drafts.addAll(ShapeValidation.run(merged));
        long shapes = System.nanoTime();
        drafts.addAll(OwlValidation.run(merged));
        long owl = System.nanoTime();
        drafts.addAll(CheckValidation.run(merged, QualityCheck.bundled()));
        LOG.info("validated {} files ({} triples): read {} ms, shapes {} ms, OWL {} ms, checks {} ms", inputs.size(),
                merged.size(), ms(start, parsed), ms(parsed, shapes), ms(shapes, owl), ms(owl, System.nanoTime()));

        Locator locator = new Locator(inputs);
        for (Draft d : dedupe(drafts)) {
            findings.add(locator.place(d));
        }
        List<String> names = inputs.stream().map(Input::name).toList();
        findings.sort(order(names));
        return new ValidationReport(findings, names);
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** "data/foods.ttl" for the classpath resource "org/w3id/nutrikg/data/foods.ttl". */
    static String displayName(String resource) {
        return resource.startsWith(BUNDLED_PREFIX) ? resource.substring(BUNDLED_PREFIX.length()) : resource;
    }

    private static void read(String name, boolean bundled, byte[] bytes, Lang lang, List<Input> inputs,
            List<Finding> findings) {
        Graph g = GraphFactory.createDefaultGraph();
        Positions positions = Positions.NONE;
        try {
            RdfFiles.parse(new ByteArrayInputStream(bytes), lang, name, RdfFiles.into(g));
            if (TOKENIZED.stream().anyMatch(l -> RDFLanguages.sameLang(l, lang))) {
                positions = Positions.scan(bytes, RdfFiles.baseFor(name));
            }
        } catch (BadInputException e) {
            g = GraphFactory.createDefaultGraph();
            long line = e.line();
            long column = e.column();
            String message = e.getMessage();
            if (message != null && message.regionMatches(true, 0, "broken token (newline in string)", 0, 32) && line > 1) {
                // the tokenizer stops after the newline: the string that is not closed is on the line before
                line--;
                column = -1;
                message = IoMessages.UNCLOSED_STRING;
            }
            findings.add(new Finding(Severity.ERROR, name, line, column, null, null, null,
                    ValidateMessages.fileDoesNotParse(message), Finding.Kind.SYNTAX,
                    Rules.RDF_SYNTAX, Rules.SYNTAX_COMPONENT));
        }
        inputs.add(new Input(name, bundled, g, positions));
    }

    /** The triples the bundled graph makes from the tables of data/reference/, as one input. */
    private static void referenceData(List<Input> inputs, List<Finding> findings) {
        Graph g;
        try {
            g = ReferenceData.read();
        } catch (BadInputException e) {
            g = GraphFactory.createDefaultGraph();
            findings.add(new Finding(Severity.ERROR, e.source() == null ? REFERENCE_DATA : e.source(), e.line(),
                    e.column(), null, null, null, ValidateMessages.tableCannotBeConverted(e.getMessage()), Finding.Kind.SYNTAX, Rules.RDF_SYNTAX, Rules.SYNTAX_COMPONENT));
        }
        inputs.add(new Input(REFERENCE_DATA, true, g, Positions.NONE));
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file.toString(), IoMessages.NO_SUCH_FILE);
        } catch (IOException e) {
            throw new BadInputException(file.toString(), -1, -1, IoMessages.cannotRead(e.getMessage()), e);
        }
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = BundledResources.open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new BadInputException(resource, -1, -1, IoMessages.cannotRead(e.getMessage()), e);
        }
    }

    /**
     * The same problem seen by two parts of validation (a shape and a check both finding a claim without a
     * quote) with the same severity is reported once, by the part with the more specific diagnosis: a check (which names the likely
     * mistake, such as a misspelling), then an OWL rule, then a shape.
     */
    private static List<Draft> dedupe(List<Draft> drafts) {
        Map<List<Object>, Finding.Kind> best = new HashMap<>();
        for (Draft d : drafts) {
            best.merge(key(d), d.kind(), (a, b) -> rank(a) <= rank(b) ? a : b);
        }
        return drafts.stream().filter(d -> best.get(key(d)) == d.kind()).toList();
    }

    private static List<Object> key(Draft d) {
        return java.util.Arrays.asList(d.severity(), d.focus(), d.path(), d.value());
    }

    private static int rank(Finding.Kind k) {
        return switch (k) {
            case CHECK -> 0;
            case OWL -> 1;
            case SHAPE -> 2;
            case SYNTAX -> 3;
        };
    }

    private static Comparator<Finding> order(List<String> files) {
        return Comparator.<Finding>comparingInt(f -> f.file() == null ? files.size() : files.indexOf(f.file()))
                .thenComparing(Finding::severity)
                .thenComparingLong(Finding::line)
                .thenComparingLong(Finding::column)
                .thenComparing(f -> Objects.toString(f.focus(), ""))
                .thenComparing(f -> Objects.toString(f.path(), ""))
                .thenComparing(f -> Objects.toString(f.value(), ""))
                .thenComparing(Finding::message);
    }
}
