package io.scofacts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scofacts.support.HttpCall;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * 10,000 random requests over the packaged service's HTTP surface (FuzzRequests, plus raw
 * garbage on bare sockets), four at a time: no 5xx, no answer later than 1 s, every refusal a
 * JSON error, and the service still answering afterwards. Bounded: the pass must finish within
 * two and a half minutes (it takes well under one, docs/timings.md). -Dfuzz.seed=N replays a run.
 */
class HttpFuzzIT {

    private static final int REQUESTS = 10_000;
    private static final int WORKERS = 4;
    private static final Duration ANSWER_LIMIT = Duration.ofSeconds(1);
    private static final Duration PASS_LIMIT = Duration.ofSeconds(150);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final Map<Integer, Integer> statuses = Collections.synchronizedMap(new TreeMap<>());
    private final List<Long> millis = Collections.synchronizedList(new ArrayList<>());

    @Test
    void survivesTenThousandRandomRequests() throws Exception {
        long seed = Long.getLong("fuzz.seed", 20261204L);
        try (ServiceProcess service = ServiceProcess.start(Map.of())) {
            warmUp(service);
            long start = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                long workerSeed = seed + w;
                workers.add(pool.submit(() -> fuzz(service, workerSeed, REQUESTS / WORKERS)));
            }
            pool.shutdown();
            assertTrue(pool.awaitTermination(PASS_LIMIT.toSeconds(), TimeUnit.SECONDS), "the pass ends within " + PASS_LIMIT);
            for (Future<?> worker : workers) {
                worker.get();
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            List<Long> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            System.out.printf("fuzz pass (seed %d): %d requests in %.1f s, statuses %s, median %d ms, p99 %d ms, "
                    + "slowest %d ms%n", seed, sorted.size(), took.toMillis() / 1000.0, statuses,
                    sorted.get(sorted.size() / 2), sorted.get(sorted.size() * 99 / 100), sorted.get(sorted.size() - 1));
            service.saveOutput("fuzz-service.log");

            assertTrue(failures.isEmpty(), failures.size() + " bad answers (seed " + seed + "): "
                    + failures.subList(0, Math.min(15, failures.size())));
            assertEquals(REQUESTS, sorted.size());
            assertEquals(200, HttpCall.postJson(service.base(), "listEvents", "{}").status(), "still answering");
            HttpCall submitted = HttpCall.postJson(service.base(), "submitArticle", "{\"text\":\"模糊测试之后的稿件。\"}");
            assertEquals(200, submitted.status(), submitted.text());
            assertTrue(service.isAlive());
        }
    }

    /**
     * The first answers of a fresh JVM load and compile code, and the extractor loads each
     * script's lexicons on the first text in that script (seconds on a busy machine); not counted.
     */
    private static void warmUp(ServiceProcess service) {
        for (String text : List.of("上合组织数字经济论坛在天津开幕。", "Kazakhstan and China signed 3 digital projects in Astana.",
                "Узбекистан и Китай подписали соглашение о цифровой торговле.", "中乌 Kazakhstan Узбекистан 撒马尔罕")) {
            HttpCall.postJson(service.base(), "extractFacts", "{\"text\":\"" + text + "\"}");
        }
        for (int i = 0; i < 20; i++) {
            String id = HttpCall.postJson(service.base(), "submitArticle", "{\"text\":\"预热稿件第" + i
                    + "号:中乌电商物流平台项目在撒马尔罕启动,总投资约3.2亿元。\"}").json().path("articleId").asText();
            HttpCall.postJson(service.base(), "extractFacts", "{\"articleId\":\"" + id + "\"}");
            HttpCall.postJson(service.base(), "listCases", "{}");
            HttpCall.postJson(service.base(), "submitArticle", "{\"text\":");
        }
    }

    private void fuzz(ServiceProcess service, long seed, int count) {
        FuzzRequests requests = new FuzzRequests(seed);
        Random random = new Random(seed ^ 0x5DEECE66DL);
        for (int i = 0; i < count; i++) {
            if (random.nextInt(100) == 0) {
                garbage(service, random);
            } else {
                send(service, requests.next());
            }
        }
    }

    private void send(ServiceProcess service, FuzzRequests.Request request) {
        String what = request.method() + " " + abbreviate(request.path()) + " " + request.contentType() + " "
                + (request.body() == null ? "-" : abbreviate(new String(request.body(), java.nio.charset.StandardCharsets.UTF_8)));
        HttpCall answer;
        try {
            answer = HttpCall.send(service.base(), request.method(), request.path(), request.body(), request.contentType(),
                    Duration.ofSeconds(10));
        } catch (RuntimeException e) {
            failures.add("no answer to " + what + ": " + e);
            millis.add(10_000L);
            return;
        }
        millis.add(answer.took().toMillis());
        statuses.merge(answer.status(), 1, Integer::sum);
        if (answer.status() >= 500) {
            failures.add(answer.status() + " " + answer.text() + " for " + what);
        }
        if (answer.took().compareTo(ANSWER_LIMIT) >= 0) {
            failures.add("answered after " + answer.took().toMillis() + " ms: " + what);
        }
        if (answer.status() >= 400 && !request.method().equals("HEAD") && !isJsonError(answer.body())) {
            failures.add(answer.status() + " without a JSON error (" + answer.text() + ") for " + what);
        }
    }

    /** Bytes that are no HTTP at all, on a bare socket: any answer but a 5xx, and the connection closed in time. */
    private void garbage(ServiceProcess service, Random random) {
        byte[] bytes = new byte[1 + random.nextInt(300)];
        random.nextBytes(bytes);
        long start = System.nanoTime();
        try (Socket socket = new Socket(service.base().getHost(), service.base().getPort())) {
            socket.setSoTimeout((int) ANSWER_LIMIT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(bytes);
            out.write("\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            if (answer.startsWith("HTTP/1.1 5")) {
                failures.add("garbage got " + answer.lines().findFirst().orElse(""));
            }
        } catch (SocketTimeoutException e) {
            failures.add("garbage: connection neither answered nor closed within " + ANSWER_LIMIT);
        } catch (java.io.IOException e) {
            // a reset is a fine answer to garbage
        }
        long took = (System.nanoTime() - start) / 1_000_000;
        millis.add(took);
        statuses.merge(-1, 1, Integer::sum);
    }

    private static boolean isJsonError(byte[] body) {
        try {
            JsonNode json = JSON.readTree(body);
            return json != null && json.path("error").isTextual() && json.path("message").isTextual();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }
}
