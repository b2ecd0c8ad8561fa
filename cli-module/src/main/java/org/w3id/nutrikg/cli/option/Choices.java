// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.option;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.w3id.nutrikg.model.io.ExportFormat;
import org.w3id.nutrikg.model.graph.Reasoning;
import org.w3id.nutrikg.model.store.Loader;
import org.w3id.nutrikg.model.query.ResultFormat;
import org.w3id.nutrikg.model.validate.ReportFormat;
import org.w3id.nutrikg.model.validate.Severity;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The options that take one of a fixed set of names ({@code --format}, {@code --fail-on}, {@code --reasoning}).
 * Each choice is both the option's completion candidates (shown in help as {@code ${COMPLETION-CANDIDATES}} and
 * offered by shell completion) and its converter, which accepts the names case-insensitively, with the
 * aliases the model's enums know ({@code ttl}, {@code nt}, ...).
 */
public final class Choices {

    private Choices() {
    }

    /** A name the option does not take; the error handler words it with the option's name. */
    public static final class UnknownValueException extends TypeConversionException {
        private static final long serialVersionUID = 1L;

        private final String noun;
        private final String value;
        private final String expected;

        UnknownValueException(String noun, String value, String expected) {
            super("unknown " + noun + " '" + value + "' (expected: " + expected + ")");
            this.noun = noun;
            this.value = value;
            this.expected = expected;
        }

        /** What the option names: "format", "severity", "value". */
        public String noun() {
            return noun;
        }

        /** The name as given. */
        public String value() {
            return value;
        }

        /** The valid names, comma-separated. */
        public String expected() {
            return expected;
        }
    }

    /** One option's names and how they convert. */
    abstract static class Choice<T> implements Iterable<String>, ITypeConverter<T> {
        private final String noun;
        private final List<String> names;
        private final Function<String, Optional<T>> lookup;

        Choice(String noun, List<String> names, Function<String, Optional<T>> lookup) {
            this.noun = noun;
            this.names = names;
            this.lookup = lookup;
        }

        @Override
        public Iterator<String> iterator() {
            return names.iterator();
        }

        @Override
        public T convert(String value) {
            return lookup.apply(value).orElseThrow(() -> new UnknownValueException(noun, value, expected()));
        }

        /** The valid names as an error message lists them. */
        String expected() {
            return String.join(", ", names);
        }
    }

    /** {@code export --format}: the RDF syntaxes. */
    public static final class ExportFormats extends Choice<ExportFormat> {
        public ExportFormats() {
            super("format", ids(ExportFormat.values(), ExportFormat::id), ExportFormat::of);
        }
    }

    /** {@code validate --format}: the report formats. */
    public static final class ReportFormats extends Choice<ReportFormat> {
        public ReportFormats() {
            super("format", ids(ReportFormat.values(), ReportFormat::id), ReportFormat::of);
        }
    }

    /** {@code validate --fail-on}: the severities. */
    public static final class Severities extends Choice<Severity> {
        public Severities() {
            super("severity", ids(Severity.values(), Severity::label), Severity::of);
        }
    }

    /** {@code --reasoning}: the entailment levels. */
    /** Jena's bulk loaders, by the names tdb2.tdbloader gives them. */
    public static final class Loaders extends Choice<Loader> {
        public Loaders() {
            super("loader", ids(Loader.values(), Loader::id), Loader::of);
        }
    }

    public static final class ReasoningLevels extends Choice<Reasoning> {
        public ReasoningLevels() {
            super("value", ids(Reasoning.values(), r -> r.name().toLowerCase(Locale.ROOT)),
                    name -> Arrays.stream(Reasoning.values()).filter(r -> r.name().equalsIgnoreCase(name)).findFirst());
        }
    }

    /** {@code describe --format}: text, or an RDF syntax for the concise bounded description. */
    public static final class DescribeFormats extends Choice<DescribeFormat> {
        public DescribeFormats() {
            super("format", Stream.concat(Stream.of("text"), Arrays.stream(ExportFormat.values()).map(ExportFormat::id))
                    .toList(), name -> "text".equalsIgnoreCase(name) ? Optional.of(new DescribeFormat(null))
                            : ExportFormat.of(name).map(DescribeFormat::new));
        }
    }

    /** What {@code describe} prints: text when {@code rdf} is null, else the description in that syntax. */
    public record DescribeFormat(ExportFormat rdf) {
    }

    /** {@code search --format}: an aligned table or TSV with full IRIs. */
    public static final class SearchFormats extends Choice<SearchFormat> {
        public SearchFormats() {
            super("format", ids(SearchFormat.values(), SearchFormat::id),
                    name -> Arrays.stream(SearchFormat.values()).filter(f -> f.id().equalsIgnoreCase(name)).findFirst());
        }
    }

    /** How {@code search} prints its hits. */
    public enum SearchFormat {
        /** Aligned columns with prefixed names. */
        TABLE,
        /** Tab-separated, full IRIs, for scripts. */
        TSV;

        /** The name users type. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * {@code query --format}: a results format for SELECT and ASK or an RDF syntax for CONSTRUCT and DESCRIBE;
     * which applies is known only once the query is read.
     */
    public static final class QueryFormats extends Choice<QueryFormat> {
        public QueryFormats() {
            super("format", Stream.concat(Arrays.stream(ResultFormat.values()).map(ResultFormat::id),
                    Arrays.stream(ExportFormat.values()).map(ExportFormat::id)).toList(), QueryFormats::lookup);
        }

        private static Optional<QueryFormat> lookup(String name) {
            QueryFormat f = new QueryFormat(name, ResultFormat.of(name), ExportFormat.of(name));
            return f.results().isEmpty() && f.graph().isEmpty() ? Optional.empty() : Optional.of(f);
        }

        @Override
        String expected() {
            return ResultFormat.names() + "; for CONSTRUCT and DESCRIBE: " + ExportFormat.names();
        }
    }

    /** A {@code query --format} as given, with the results format and the RDF syntax it names (one or both). */
    public record QueryFormat(String name, Optional<ResultFormat> results, Optional<ExportFormat> graph) {
    }

    private static <E> List<String> ids(E[] values, Function<E, String> id) {
        return Arrays.stream(values).map(id).toList();
    }
}
