// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

class ReportWriterTest {

    private static String json(List<Finding> findings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWriter.write(new ValidationReport(findings, List.of()), ReportFormat.JSON, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void awkwardTextIsEscapedByTheGeneratorAndReadsBackAsItself() {
        String message = "a \"quoted\" \\ back\nslash\ttab \u0001 </script> ü";
        Finding f = new Finding(Severity.ERROR, "dir/my \"file\".ttl", 3, 0,
                NodeFactory.createURI("http://example.org/a"), null, NodeFactory.createLiteralString("x\ny"),
                message, Finding.Kind.CHECK, NodeFactory.createURI("http://example.org/rule"),
                NodeFactory.createURI("http://example.org/component"));
        String json = json(List.of(f, f));
        assertTrue(json.startsWith("[\n  {\"severity\":\"error\",") && json.endsWith("}\n]\n"), json);
        assertEquals(4, json.split("\n").length, "one finding per line: " + json);
        JsonArray findings = Json.createReader(new StringReader(json)).readArray();
        assertEquals(2, findings.size());
        JsonObject back = findings.getJsonObject(0);
        assertEquals(message, back.getString("message"));
        assertEquals("dir/my \"file\".ttl", back.getString("file"));
        assertEquals(3, back.getInt("line"));
        assertEquals(JsonValue.NULL, back.get("column"), "an unknown column is null");
        assertEquals(JsonValue.NULL, back.get("path"));
        assertEquals("x\ny", back.getString("value"));
    }

    @Test
    void noFindingIsAnEmptyArray() {
        assertEquals("[]\n", json(List.of()).replace("\r\n", "\n"));
    }
}
