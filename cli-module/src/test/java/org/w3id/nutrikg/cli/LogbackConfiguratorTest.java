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
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;

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
        PatternLayoutEncoder encoder = assertInstanceOf(PatternLayoutEncoder.class, stderr.getEncoder());
        assertEquals("%-5level %logger{0} - %msg%n", encoder.getPattern());
        assertEquals(Level.WARN, context.getLogger("org.apache.jena").getLevel());
        assertEquals(Level.WARN, context.getLogger("org.w3id.nutrikg.model.graph.Graphs").getEffectiveLevel(),
                "our own loggers inherit the root's level, which -v lowers");
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
