// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.option;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.w3id.nutrikg.model.io.AtomicOutput;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --output FILE}: where a command writes its data, atomically; stdout when not given. */
public final class OutputOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "write to FILE (complete or not at all) instead of stdout")
    Path output;

    /** The file, or null for stdout. */
    public Path path() {
        return output;
    }

    /** Runs {@code body} on the output: a temporary file moved into place, or the command's stdout. */
    public void write(Consumer<OutputStream> body) {
        if (output != null) {
            AtomicOutput.write(output, body);
            return;
        }
        PrintWriter out = spec.commandLine().getOut();
        try (WriterOutputStream os = new WriterOutputStream(out)) {
            body.accept(os);
        }
        out.flush();
    }
}
