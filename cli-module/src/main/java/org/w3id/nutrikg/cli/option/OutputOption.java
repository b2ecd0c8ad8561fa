// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.option;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.commons.io.output.CloseShieldWriter;
import org.apache.commons.io.output.WriterOutputStream;
import org.w3id.nutrikg.cli.NutriKG;
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
        PrintWriter writer = spec.commandLine().getOut();
        writer.flush();
        if (spec.root().userObject() instanceof NutriKG top && top.stdout() != null) {
            // the process's own stdout: bytes go straight through, and the stream stays open
            OutputStream raw = new BufferedOutputStream(CloseShieldOutputStream.wrap(top.stdout()), 1 << 16);
            body.accept(raw);
            try {
                raw.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        // UTF-8 bytes decoded onto the command's writer (a StringWriter in tests), which stays open
        try (OutputStream os = WriterOutputStream.builder().setWriter(CloseShieldWriter.wrap(writer))
                .setCharset(StandardCharsets.UTF_8).get()) {
            body.accept(os);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writer.flush();
    }
}
