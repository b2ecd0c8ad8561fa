// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A headless Chromium driven through the DevTools protocol over a WebSocket (Java's own client), for tests
 * that use a page as a person does. Every address but loopback goes to a proxy that does not exist, so a page
 * that tried to load anything from elsewhere would fail, and the URLs it asked for are kept.
 */
final class Chromium implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> answers = new ConcurrentHashMap<>();
    private final List<String> requested = new CopyOnWriteArrayList<>();

    private Chromium(Process process, String pageSocket) {
        this.process = process;
        this.socket = HTTP.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new Listener()).join();
    }

    /** The browser on the PATH (chromium, chromium-browser, google-chrome), if there is one. */
    static Optional<Path> find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Starts the browser with a new profile in {@code profile}, on a blank page. */
    static Chromium start(Path browser, Path profile) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-extensions", "--disable-sync",
                "--proxy-server=http://127.0.0.1:9", "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "--window-size=1280,1000", "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        String line;
        String browserSocket = null;
        StringBuilder said = new StringBuilder();
        while ((line = err.readLine()) != null) {
            said.append(line).append('\n');
            if (line.startsWith("DevTools listening on ")) {
                browserSocket = line.substring("DevTools listening on ".length()).strip();
                break;
            }
        }
        if (browserSocket == null) {
            p.destroyForcibly();
            throw new IllegalStateException("the browser did not start:\n" + said);
        }
        Thread drain = new Thread(() -> {
            try {
                while (err.readLine() != null) {
                    // the browser's own log is not needed
                }
            } catch (IOException e) {
                // the browser has ended
            }
        }, "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        URI base = URI.create(browserSocket.replaceFirst("^ws://", "http://"));
        String list = HTTP.send(HttpRequest.newBuilder(base.resolve("/json/list")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        for (JsonValue v : JSON.parseAny(list).getAsArray()) {
            JsonObject target = v.getAsObject();
            if ("page".equals(target.get("type").getAsString().value())) {
                return new Chromium(p, target.get("webSocketDebuggerUrl").getAsString().value());
            }
        }
        p.destroyForcibly();
        throw new IllegalStateException("no page in " + list);
    }

    /** Sends a DevTools command and waits for its result. */
    JsonObject send(String method, JsonObject params) throws Exception {
        int id = ids.incrementAndGet();
        JsonObject message = new JsonObject();
        message.put("id", id);
        message.put("method", method);
        message.put("params", params == null ? new JsonObject() : params);
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        answers.put(id, answer);
        socket.sendText(message.toString(), true).join();
        JsonObject a = answer.get(60, TimeUnit.SECONDS);
        if (a.hasKey("error")) {
            throw new IllegalStateException(method + ": " + a.get("error"));
        }
        return a.get("result").getAsObject();
    }

    /** Opens a URL and keeps the URLs of every request the page makes from then on. */
    void open(String url) throws Exception {
        send("Network.enable", null);
        JsonObject p = new JsonObject();
        p.put("url", url);
        send("Page.navigate", p);
    }

    /** The value of a JavaScript expression in the page (awaited if it is a promise). */
    JsonValue eval(String expression) throws Exception {
        JsonObject p = new JsonObject();
        p.put("expression", expression);
        p.put("returnByValue", true);
        p.put("awaitPromise", true);
        JsonObject r = send("Runtime.evaluate", p);
        if (r.hasKey("exceptionDetails")) {
            throw new IllegalStateException(expression + ": " + r.get("exceptionDetails"));
        }
        JsonObject result = r.get("result").getAsObject();
        return result.hasKey("value") ? result.get("value") : new JsonString("undefined");
    }

    /** Types text at the focus, as a keyboard would. */
    void type(String text) throws Exception {
        JsonObject p = new JsonObject();
        p.put("text", text);
        send("Input.insertText", p);
    }

    /** Waits until {@code condition} holds, for at most a minute. */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited a minute for " + what);
            }
            Thread.sleep(100);
        }
    }

    /** Saves a PNG of the page's viewport at {@code file}. */
    void screenshot(Path file) throws Exception {
        JsonObject p = new JsonObject();
        p.put("format", "png");
        String data = send("Page.captureScreenshot", p).get("data").getAsString().value();
        Files.write(file, java.util.Base64.getDecoder().decode(data));
    }

    /** The URLs the page asked for since {@link #open}. */
    List<String> requested() {
        return new ArrayList<>(requested);
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // closing anyway
        }
        // the browser's helper processes (renderers, crash handler) can outlive it and keep writing to the
        // profile folder, which the test then fails to delete: they are ended and waited for too
        List<ProcessHandle> helpers = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle helper : helpers) {
                helper.destroy();
                helper.onExit().get(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            helpers.forEach(ProcessHandle::destroyForcibly);
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonObject m = JSON.parse(partial.toString());
                partial.setLength(0);
                if (m.hasKey("id")) {
                    CompletableFuture<JsonObject> f = answers.remove(m.get("id").getAsNumber().value().intValue());
                    if (f != null) {
                        f.complete(m);
                    }
                } else if (m.hasKey("method")
                        && "Network.requestWillBeSent".equals(m.get("method").getAsString().value())) {
                    requested.add(m.get("params").getAsObject().get("request").getAsObject().get("url")
                            .getAsString().value());
                }
            }
            ws.request(1);
            return null;
        }
    }

    static List<List<String>> rows(JsonValue value) {
        List<List<String>> out = new ArrayList<>();
        JsonArray a = value.getAsArray();
        for (JsonValue row : a) {
            List<String> cells = new ArrayList<>();
            for (JsonValue c : row.getAsArray()) {
                cells.add(c.getAsString().value());
            }
            out.add(cells);
        }
        return out;
    }
}
