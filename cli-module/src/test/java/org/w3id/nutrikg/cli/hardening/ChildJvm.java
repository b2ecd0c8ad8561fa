// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.hardening;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a Java process on the test classpath: for heap limits and for killing a command half-way. */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** The classpath of the tests (surefire runs them from a manifest-only jar, which names it elsewhere). */
    public static String classpath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp == null || cp.isBlank() ? System.getProperty("java.class.path") : cp;
    }

    /** A process builder for {@code java [jvmOptions] -cp <tests> mainClass args}, stdout and stderr to files in {@code dir}. */
    public static ProcessBuilder builder(Path dir, List<String> jvmOptions, String mainClass, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-Xshare:auto");
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(classpath());
        cmd.add(mainClass);
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.redirectOutput(dir.resolve("child.out").toFile());
        pb.redirectError(dir.resolve("child.err").toFile());
        return pb;
    }

    /** Runs to the end and returns the exit code. */
    public static int run(Path dir, List<String> jvmOptions, String mainClass, List<String> args)
            throws IOException, InterruptedException {
        return builder(dir, jvmOptions, mainClass, args).start().waitFor();
    }

    /** What the child wrote on stdout and stderr, for assertion messages. */
    public static String output(Path dir) {
        StringBuilder sb = new StringBuilder();
        for (String name : new String[] {"child.out", "child.err"}) {
            File f = dir.resolve(name).toFile();
            if (f.exists()) {
                try {
                    String text = java.nio.file.Files.readString(f.toPath());
                    sb.append("--- ").append(name).append(" ---\n")
                            .append(text.length() > 4000 ? text.substring(0, 4000) + "..." : text).append('\n');
                } catch (IOException e) {
                    sb.append(e).append('\n');
                }
            }
        }
        return sb.toString();
    }
}
