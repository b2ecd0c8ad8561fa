// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the bash completion script and the man pages (AsciiDoc, one per command) of the whole command line;
 * the build runs it after compiling: {@code ManualFiles SCRIPT MAN_FOLDER}. The top command adds its
 * subcommands in code ({@link NutriKG#commandLine}), so picocli's own generators, which read the commands
 * from the annotations of a class, would see none of them. It needs picocli-codegen, a build-time dependency
 * that the jar does not carry.
 */
public final class ManualFiles {

    private ManualFiles() {
    }

    /** {@code args}: the completion script's path, then the folder of the man pages. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ManualFiles SCRIPT MAN_FOLDER");
        }
        CommandLine all = NutriKG.commandLine(new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()));
        Path script = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(script.getParent());
        Files.writeString(script, AutoComplete.bash("nutrikg", all), StandardCharsets.UTF_8);
        Path man = Path.of(args[1]);
        Files.createDirectories(man);
        int code = ManPageGenerator.generateManPage(man.toFile(), null, new boolean[0], true, all.getCommandSpec());
        if (code != 0) {
            throw new IOException("the man pages were not written (code " + code + ")");
        }
    }
}
