// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * Runs a long-lived command (serve) in-process on its own thread, as {@link CliRun} runs short ones; an
 * interrupt stops it as Ctrl-C would.
 */
public final class BackgroundRun implements AutoCloseable {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Thread thread;
    private volatile int exitCode = -1;

    private BackgroundRun(String... args) {
        thread = new Thread(() -> exitCode = NutriKG.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), args)
                .execute(args), "nutrikg " + String.join(" ", args));
        thread.setDaemon(true);
    }

    /** Starts {@code nutrikg args...}. */
    public static BackgroundRun start(String... args) {
        BackgroundRun run = new BackgroundRun(args);
        run.thread.start();
        return run;
    }

    /** Waits until stderr satisfies {@code ready} or the command ends; fails after a minute. */
    public BackgroundRun awaitErr(Predicate<String> ready) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!ready.test(err()) && thread.isAlive()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("command did not get ready: " + err());
            }
            Thread.sleep(50);
        }
        return this;
    }

    /** Whether the command still runs. */
    public boolean running() {
        return thread.isAlive();
    }

    /** Stderr so far. */
    public String err() {
        return err.toString();
    }

    /** Stdout so far. */
    public String out() {
        return out.toString();
    }

    /** Interrupts the command, waits for it to end and gives what it gave. */
    public CliRun.Result stop() throws InterruptedException {
        thread.interrupt();
        thread.join(Duration.ofMinutes(1).toMillis());
        if (thread.isAlive()) {
            throw new AssertionError("command did not stop: " + err());
        }
        return new CliRun.Result(exitCode, out(), err());
    }

    @Override
    public void close() throws InterruptedException {
        if (thread.isAlive()) {
            stop();
        }
    }
}
