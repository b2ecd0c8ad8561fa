// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.command;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.w3id.nutrikg.cli.ExitCodes;
import org.w3id.nutrikg.cli.option.OutputOption;
import org.w3id.nutrikg.model.template.TemplateOperation;
import org.w3id.nutrikg.model.template.TemplateOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nutrikg template}: turns a CSV or TSV table whose header row names terms into Turtle. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "turn a CSV or TSV table into Turtle: the header row maps columns to terms "
                + "(ID, LABEL, TYPE, nkg:foodSourceOf, nkg:amount^^xsd:decimal, skos:altLabel@en ...)",
        footer = {"", "Example header: ID,LABEL,TYPE,nkg:foodSourceOf SPLIT=|,prov:wasDerivedFrom",
            "Errors name the file, the line of the row and the number of the column."})
public final class TemplateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TABLE", description = "a .csv or .tsv file whose first row names the terms")
    Path table;

    @Mixin
    OutputOption output;

    @Override
    public Integer call() {
        TemplateOptions options = TemplateOptions.checked();
        output.write(out -> TemplateOperation.run(table, options, out));
        return ExitCodes.OK;
    }
}
