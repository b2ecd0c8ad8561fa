// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.w3id.nutrikg.cli.CliMessages;
import org.w3id.nutrikg.cli.ExitCodes;
import org.w3id.nutrikg.cli.NutriKG;
import org.w3id.nutrikg.cli.option.Choices;
import org.w3id.nutrikg.cli.option.OutputOption;
import org.w3id.nutrikg.model.graph.GraphSpec;
import org.w3id.nutrikg.model.validate.Finding;
import org.w3id.nutrikg.model.validate.ReportFormat;
import org.w3id.nutrikg.model.validate.ReportWriter;
import org.w3id.nutrikg.model.validate.Severity;
import org.w3id.nutrikg.model.validate.ValidateOperation;
import org.w3id.nutrikg.model.validate.ValidateOptions;
import org.w3id.nutrikg.model.validate.ValidationReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code nutrikg validate}: checks syntax, shapes, OWL consistency and quality of the graph and given files. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"check the bundled graph and the given RDF files: syntax (file, line, column), SHACL shapes "
                + "(ontology/shapes.ttl), OWL 2 DL consistency (disjoint classes, literals) and the quality checks "
                + "of sparql/checks/; prints every finding with its file, line, severity and what to fix"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above --fail-on",
            "1:findings at or above --fail-on",
            "2:usage error",
            "3:a file is missing or does not parse (the other files are still checked and reported)",
            "4:the report could not be written"})
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    NutriKG top;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "RDF files or folders to check together with the bundled graph (and --data)")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            completionCandidates = Choices.ReportFormats.class, converter = Choices.ReportFormats.class,
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; turtle is a SHACL validation report)")
    ReportFormat format;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            completionCandidates = Choices.Severities.class, converter = Choices.Severities.class,
            description = "the least severity that makes the exit code 1: ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE})")
    Severity failOn;

    @Mixin
    OutputOption output;

    @Override
    public Integer call() {
        if (top.store() != null || top.endpoint() != null) {
            // the checks read files (for their lines and columns): a store or an endpoint was not checked at all
            throw top.usage(CliMessages.validateNotRemote(top.store() != null ? "--store" : "--endpoint"));
        }
        GraphSpec graph = top.graphSpec(!paths.isEmpty());
        List<Path> files = new ArrayList<>(graph.data());
        files.addAll(paths);
        ValidationReport report = ValidateOperation.validate(new ValidateOptions(graph.bundled(), files));
        output.write(out -> ReportWriter.write(report, format, out));

        PrintWriter err = spec.commandLine().getErr();
        if (report.hasSyntaxErrors()) {
            Finding first = report.findings().stream().filter(x -> x.kind() == Finding.Kind.SYNTAX).findFirst()
                    .orElseThrow();
            long n = report.findings().stream().filter(x -> x.kind() == Finding.Kind.SYNTAX).count();
            err.println(spec.qualifiedName() + ": " + CliMessages.filesDoNotParse(n, first.file()
                    + (first.line() > 0 ? ":" + first.line() : "") + (first.column() > 0 ? ":" + first.column() : ""),
                    report.summary()));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        if (report.fails(failOn)) {
            err.println(spec.qualifiedName() + ": " + CliMessages.findings(report.summary(), failOn.label()));
            err.flush();
            return ExitCodes.VIOLATIONS;
        }
        return ExitCodes.OK;
    }
}
