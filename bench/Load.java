// SPDX-License-Identifier: Apache-2.0

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Throughput of a SPARQL endpoint: CLIENTS threads send the same query (HTTP GET, JSON results) one after
 * another for SECONDS after a warm-up of WARMUP seconds, and the program prints the answers per second
 * and the number of failed requests.
 * <p>
 * Usage: {@code java bench/Load.java URL QUERY.rq CLIENTS WARMUP SECONDS}
 */
public final class Load {

    private Load() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0] + "?query=" + URLEncoder.encode(Files.readString(Path.of(args[1])), StandardCharsets.UTF_8);
        int clients = Integer.parseInt(args[2]);
        long warmup = Long.parseLong(args[3]);
        long seconds = Long.parseLong(args[4]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60)).build();
        run(http, request, clients, warmup);
        long[] counts = run(http, request, clients, seconds);
        System.out.printf(java.util.Locale.ROOT, "%.1f %d%n", counts[0] / (double) seconds, counts[1]);
    }

    private static long[] run(HttpClient http, HttpRequest request, int clients, long seconds) throws InterruptedException {
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        (r.statusCode() == 200 ? ok : failed).incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        return new long[] {ok.get(), failed.get()};
    }
}
