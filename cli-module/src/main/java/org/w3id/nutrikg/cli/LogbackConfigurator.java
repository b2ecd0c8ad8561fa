// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;

/**
 * The command line's logging, set up in code rather than from a logback.xml: one console appender on stderr,
 * lines as the pattern {@code %-5level %logger{0} - %msg%n} writes them ({@link LogLineLayout}), root and
 * Jena at WARN ({@code -v} and {@code -q} change the root level later). Reading an XML configuration starts
 * an XML parser at every run, and a pattern layout a pattern parser: both a noticeable part of a short
 * command's time. Logback finds this class through {@code META-INF/services}; a configuration of one's own
 * ({@code -Dlogback.configurationFile=...}, or a logback-test.xml on the classpath, as in tests) still wins.
 */
public final class LogbackConfigurator extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        boolean own = System.getProperty("logback.configurationFile") != null
                || LogbackConfigurator.class.getClassLoader().getResource("logback-test.xml") != null;
        return own ? ExecutionStatus.INVOKE_NEXT_IF_ANY : configureConsole(context);
    }

    /** Sets up {@code context} as the command line logs: stderr, WARN. */
    static ExecutionStatus configureConsole(LoggerContext context) {
        context.getStatusManager().add(new NopStatusListener());

        LogLineLayout layout = new LogLineLayout();
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        context.getLogger("org.apache.jena").setLevel(Level.WARN);
        context.getLogger("org.apache.jena.fuseki").setLevel(Level.WARN);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
