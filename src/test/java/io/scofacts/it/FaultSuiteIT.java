package io.scofacts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scofacts.support.HttpCall;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * The packaged service against DynamoDB Local as a separate process, with a stream of submits,
 * extractions and listings running while DynamoDB Local is killed (SIGKILL), restarted on the
 * same port and folder, then frozen (SIGSTOP) and thawed. Every answer must be a 2xx, or a 503
 * with Retry-After within 2 s; the service must recover without a restart, every acknowledged
 * article must be there afterwards, exactly as sent, and nothing may be half-written.
 * Bounded: about 25 s of load plus the starts (docs/timings.md).
 */
class FaultSuiteIT {

    /** A storage outage is answered 503 within this. */
    private static final Duration OUTAGE_ANSWER_LIMIT = Duration.ofSeconds(2);
    /**
     * A successful answer did its work (an extraction, several writes) on a machine that may be
     * busy; it is held to "no hang", and its time is reported.
     */
    private static final Duration SUCCESS_LIMIT = Duration.ofSeconds(5);
    private static final Duration NORMAL = Duration.ofSeconds(4);
    private static final Duration OUTAGE = Duration.ofSeconds(3);
    /** How long the summaries may take to catch up with work that waited out an outage. */
    private static final Duration SETTLE_LIMIT = Duration.ofSeconds(20);
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(15);
    private static final String[] PROJECTS = {"中乌电商物流平台项目", "中哈跨境数据服务平台项目", "中吉数字农业示范项目"};
    private static final String[] CITIES = {"撒马尔罕", "阿拉木图", "比什凯克"};
    private static final int WORKERS = 3;

    /** One answer the load got, with the phase it was sent in. */
    record Answer(String phase, String function, int status, String error, boolean retryAfter, Duration took) {
    }

    private final List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    private final List<String> extracted = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger counter = new AtomicInteger();
    private volatile String phase = "normal";

    @Test
    void holdsThroughAKillAndAFreezeOfDynamoDb() throws Exception {
        Path data = Files.createTempDirectory("scofacts-fault-suite");
        try (DynamoDbLocalProcess dynamo = new DynamoDbLocalProcess(freePort(), data, "fault" + System.nanoTime()).start();
                ServiceProcess service = ServiceProcess.start(dynamo.serviceSettings())) {
            long servicePid = service.pid();
            warmUp(service);
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService load = Executors.newFixedThreadPool(WORKERS);
            for (int w = 0; w < WORKERS; w++) {
                long seed = 1000 + w;
                load.submit(() -> work(service, new Random(seed), running));
            }
            Map<String, Duration> recovery = new TreeMap<>();

            pause(NORMAL);
            phase = "killed";
            dynamo.kill();
            pause(OUTAGE);
            phase = "restarting";
            dynamo.start();
            phase = "after restart";
            recovery.put("kill", awaitRecovery());
            pause(NORMAL);
            phase = "frozen";
            dynamo.freeze();
            pause(OUTAGE);
            phase = "thawed";
            dynamo.thaw();
            recovery.put("freeze", awaitRecovery());
            pause(NORMAL);
            running.set(false);
            load.shutdown();
            assertTrue(load.awaitTermination(60, TimeUnit.SECONDS), "the load stopped");

            report(recovery);
            service.saveOutput("fault-suite-service.log");
            assertEveryAnswerWasA2xxOrA503InTime();
            assertTrue(service.isAlive() && service.pid() == servicePid, "the service recovered without a restart");
            recovery.forEach((fault, took) -> assertTrue(took.compareTo(RECOVERY_LIMIT) < 0,
                    "answered again " + took + " after the " + fault));
            assertEveryAcknowledgedArticleIsThere(service);
            assertNothingHalfWritten(dynamo.client());
            assertCasesAgreeWithTheirSources(service);
        } finally {
            deleteRecursively(data);
        }
    }

    /**
     * A fresh JVM's first calls of each kind load and compile code for a second or more on a
     * busy machine (the service's and DynamoDB Local's alike); the faults are injected into a
     * service that has answered each kind of call before. Not counted.
     */
    private void warmUp(ServiceProcess service) {
        phase = "warm-up";
        Random random = new Random(1);
        for (int i = 0; i < 10; i++) {
            submit(service, random);
            for (String id : acknowledged.keySet()) {
                call(service, "extractFacts", "{\"articleId\":\"" + id + "\"}");
            }
            call(service, "listCases", "{\"limit\":5}");
            call(service, "listEvents", "{\"limit\":5}");
        }
        answers.clear();
        phase = "normal";
    }

    private void work(ServiceProcess service, Random random, AtomicBoolean running) {
        while (running.get()) {
            int choice = random.nextInt(100);
            List<String> ids = new ArrayList<>(acknowledged.keySet());
            if (choice < 45 || ids.isEmpty()) {
                submit(service, random);
            } else if (choice < 85) {
                String id = ids.get(random.nextInt(ids.size()));
                HttpCall answer = call(service, "extractFacts", "{\"articleId\":\"" + id + "\"}");
                if (answer != null && answer.status() == 200) {
                    extracted.add(id);
                }
            } else {
                call(service, random.nextBoolean() ? "listCases" : "listEvents", "{\"limit\":5}");
            }
        }
    }

    private void submit(ServiceProcess service, Random random) {
        int n = counter.incrementAndGet();
        int project = random.nextInt(PROJECTS.length);
        String text = PROJECTS[project] + "第" + n + "批合作清单在" + CITIES[project] + "发布\n"
                + "本报" + CITIES[project] + "电 " + PROJECTS[project] + "第" + n + "批合作清单日前发布,涉及投资约"
                + (n % 9 + 1) + ".5亿元,首批" + (n % 40 + 10) + "家企业参与。";
        HttpCall answer = call(service, "submitArticle", "{\"text\":\"" + text.replace("\n", "\\n") + "\"}");
        if (answer != null && answer.status() == 200) {
            acknowledged.put(answer.json().path("articleId").asText(), text);
        }
    }

    /** One call; a request that gets no answer at all is recorded as status 0. */
    private HttpCall call(ServiceProcess service, String function, String body) {
        String sentIn = phase;
        try {
            HttpCall answer = HttpCall.send(service.base(), "POST", "/" + function,
                    body.getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/json", Duration.ofSeconds(10));
            answers.add(new Answer(sentIn, function, answer.status(),
                    answer.status() >= 400 ? answer.error() : null, answer.retryAfter().isPresent(), answer.took()));
            return answer;
        } catch (RuntimeException e) {
            answers.add(new Answer(sentIn, function, 0, e.toString(), false, Duration.ofSeconds(10)));
            return null;
        }
    }

    /** From now until the load gets a 2xx from a call that needs storage. */
    private Duration awaitRecovery() throws InterruptedException {
        long start = System.nanoTime();
        int seen = answers.size();
        while (System.nanoTime() - start < RECOVERY_LIMIT.toNanos() * 2) {
            synchronized (answers) {
                for (int i = seen; i < answers.size(); i++) {
                    if (answers.get(i).status() == 200) {
                        return Duration.ofNanos(System.nanoTime() - start);
                    }
                }
            }
            Thread.sleep(50);
        }
        return RECOVERY_LIMIT.multipliedBy(2);
    }

    private void assertEveryAnswerWasA2xxOrA503InTime() {
        List<String> wrong = new ArrayList<>();
        synchronized (answers) {
            for (Answer answer : answers) {
                boolean success = answer.status() >= 200 && answer.status() < 300
                        && answer.took().compareTo(SUCCESS_LIMIT) < 0;
                boolean outage = answer.status() == 503 && "storage_unavailable".equals(answer.error())
                        && answer.retryAfter() && answer.took().compareTo(OUTAGE_ANSWER_LIMIT) < 0;
                if (!success && !outage) {
                    wrong.add(answer.toString());
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " answers were neither a 2xx within " + SUCCESS_LIMIT
                + " nor a 503 with Retry-After within " + OUTAGE_ANSWER_LIMIT + ": "
                + wrong.subList(0, Math.min(20, wrong.size())));
        for (String faulty : List.of("killed", "frozen")) {
            assertTrue(answers.stream().anyMatch(a -> a.phase().equals(faulty) && a.status() == 503),
                    "the load met the " + faulty + " DynamoDB");
        }
        assertTrue(answers.stream().anyMatch(a -> a.phase().equals("thawed") && a.status() == 200));
    }

    private void assertEveryAcknowledgedArticleIsThere(ServiceProcess service) {
        for (Map.Entry<String, String> article : acknowledged.entrySet()) {
            HttpCall answer = HttpCall.postJson(service.base(), "getArticle", "{\"articleId\":\"" + article.getKey() + "\"}");
            assertEquals(200, answer.status(), "acknowledged article " + article.getKey() + ": " + answer.text());
            assertEquals(article.getValue(), answer.json().path("text").asText(), "stored exactly as sent");
        }
    }

    /**
     * Read past the service: in the articles and FactSheets tables every value has all its
     * parts (part 0 says how many), and no FactSheet lacks its article.
     */
    private static void assertNothingHalfWritten(DynamoDbClient dynamo) {
        Map<String, List<Map<String, AttributeValue>>> articles = partsByArticle(dynamo, "sco-articles");
        Map<String, List<Map<String, AttributeValue>>> sheets = partsByArticle(dynamo, "sco-factsheets");
        for (Map<String, List<Map<String, AttributeValue>>> table : List.of(articles, sheets)) {
            table.forEach((articleId, parts) -> {
                Map<String, AttributeValue> head = parts.stream().filter(p -> "0".equals(p.get("part").n())).findFirst()
                        .orElseThrow(() -> new AssertionError(articleId + " has parts but no part 0"));
                assertEquals(Integer.parseInt(head.get("parts").n()), parts.size(), articleId + ": every part stored");
            });
        }
        assertTrue(articles.keySet().containsAll(sheets.keySet()), "every FactSheet has its article");
    }

    private static Map<String, List<Map<String, AttributeValue>>> partsByArticle(DynamoDbClient dynamo, String table) {
        Map<String, List<Map<String, AttributeValue>>> parts = new HashMap<>();
        dynamo.scanPaginator(ScanRequest.builder().tableName(table).build()).items()
                .forEach(item -> parts.computeIfAbsent(item.get("articleId").s(), k -> new ArrayList<>()).add(item));
        return parts;
    }

    /**
     * Through the functions: every listed case has a summary whose sources are stored articles,
     * as many as the listing counts (once the load has stopped, whatever was extracted).
     */
    private void assertCasesAgreeWithTheirSources(ServiceProcess service) throws InterruptedException {
        // Work that waited out the outage may still be catching up: it must settle, not be lost.
        long deadline = System.nanoTime() + SETTLE_LIMIT.toNanos();
        while (true) {
            try {
                casesAgreeWithTheirSources(service);
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                pause(Duration.ofMillis(500));
            }
        }
    }

    private void casesAgreeWithTheirSources(ServiceProcess service) {
        Set<String> stored = acknowledged.keySet();
        String token = null;
        do {
            JsonNode page = HttpCall.postJson(service.base(), "listCases",
                    token == null ? "{\"limit\":100}" : "{\"limit\":100,\"pageToken\":\"" + token + "\"}").json();
            for (JsonNode overview : page.path("items")) {
                String caseId = overview.path("caseId").asText();
                HttpCall summary = HttpCall.postJson(service.base(), "caseSummary", "{\"caseId\":\"" + caseId + "\"}");
                assertEquals(200, summary.status(), summary.text());
                JsonNode sources = summary.json().path("sources");
                assertEquals(overview.path("articleCount").asInt(), sources.size(), caseId + ": listing and summary agree");
                for (JsonNode source : sources) {
                    String articleId = source.path("articleId").asText();
                    assertTrue(stored.contains(articleId)
                            || HttpCall.postJson(service.base(), "getArticle", "{\"articleId\":\"" + articleId + "\"}")
                                    .status() == 200, caseId + " cites a stored article");
                }
            }
            token = page.path("next").asText(null);
        } while (token != null);
    }

    private void report(Map<String, Duration> recovery) {
        Map<String, int[]> byPhase = new TreeMap<>();
        Map<String, long[]> slowest = new TreeMap<>();
        synchronized (answers) {
            for (Answer answer : answers) {
                int kind = answer.status() == 200 ? 0 : answer.status() == 503 ? 1 : 2;
                byPhase.computeIfAbsent(answer.phase(), k -> new int[3])[kind]++;
                long[] slow = slowest.computeIfAbsent(answer.phase(), k -> new long[3]);
                slow[kind] = Math.max(slow[kind], answer.took().toMillis());
            }
        }
        StringBuilder line = new StringBuilder("fault suite: ");
        byPhase.forEach((name, counts) -> line.append(name).append(": 2xx=").append(counts[0]).append(" (slowest ")
                .append(slowest.get(name)[0]).append(" ms), 503=").append(counts[1]).append(" (slowest ")
                .append(slowest.get(name)[1]).append(" ms), other=").append(counts[2]).append("; "));
        recovery.forEach((fault, took) -> line.append("answered again ").append(took.toMillis()).append(" ms after the ")
                .append(fault).append(" ended; "));
        line.append(acknowledged.size()).append(" articles acknowledged, ").append(extracted.size()).append(" extractions");
        System.out.println(line);
    }

    private static void pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
