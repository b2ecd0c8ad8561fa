// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;

class LogbackConfiguratorTest {

    @Test
    void logsAtWarnToStderrWithTheShortPattern() {
        LoggerContext context = new LoggerContext();
        assertEquals(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, LogbackConfigurator.configureConsole(context),
                "no logback.xml is looked for after it");
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertEquals(Level.WARN, root.getLevel());
        ConsoleAppender<?> stderr = assertInstanceOf(ConsoleAppender.class, root.getAppender("STDERR"));
        assertEquals("System.err", stderr.getTarget());
        assertTrue(stderr.isStarted());
        LayoutWrappingEncoder<?> encoder = assertInstanceOf(LayoutWrappingEncoder.class, stderr.getEncoder());
        assertInstanceOf(LogLineLayout.class, encoder.getLayout());
        assertEquals(Level.WARN, context.getLogger("org.apache.jena").getLevel());
        assertEquals(Level.WARN, context.getLogger("org.w3id.nutrikg.model.graph.Graphs").getEffectiveLevel(),
                "our own loggers inherit the root's level, which -v lowers");
    }

    @Test
    void linesAreThoseOfTheShortPatternStackTracesIncluded() {
        LoggerContext context = new LoggerContext();
        PatternLayout pattern = new PatternLayout();
        pattern.setContext(context);
        pattern.setPattern("%-5level %logger{0} - %msg%n");
        pattern.start();
        LogLineLayout ours = new LogLineLayout();
        ours.setContext(context);
        ours.start();
        Logger jena = context.getLogger("org.apache.jena.riot.RDFParser");
        Logger top = context.getLogger("nodots");
        Throwable nested = new IllegalStateException("outer", new java.io.IOException("inner"));
        LoggingEvent[] events = {
            new LoggingEvent("x", jena, Level.WARN, "a warning about {}", null, new Object[] {"x.ttl"}),
            new LoggingEvent("x", top, Level.INFO, "information", null, null),
            new LoggingEvent("x", jena, Level.ERROR, "failed", nested, null),
            new LoggingEvent("x", top, Level.DEBUG, "line one\nline two", null, null),
        };
        for (LoggingEvent e : events) {
            assertEquals(pattern.doLayout(e), ours.doLayout(e));
        }
        assertTrue(ours.doLayout(events[2]).contains("Caused by: java.io.IOException: inner"));
    }

    @Test
    void aConfigurationOfOnesOwnWins() {
        // the test classpath has logback-test.xml, as a user's -Dlogback.configurationFile would
        assertEquals(ExecutionStatus.INVOKE_NEXT_IF_ANY, new LogbackConfigurator().configure(new LoggerContext()));
    }

    @Test
    void logbackFindsItThroughItsServiceFile() throws IOException {
        try (InputStream in = LogbackConfigurator.class.getClassLoader()
                .getResourceAsStream("META-INF/services/ch.qos.logback.classic.spi.Configurator")) {
            Properties lines = new Properties();
            lines.load(in);
            assertTrue(lines.containsKey(LogbackConfigurator.class.getName()), lines::toString);
        }
    }
}
