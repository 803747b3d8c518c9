package io.scofacts.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.scofacts.BurstArticles;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load client: pairs of submitArticle + extractFacts of distinct articles that all
 * name one case, started at a fixed rate whatever the service answers (a slow answer never
 * delays the next pair, so the queueing it causes is measured, not hidden). A call's latency
 * runs from its intended send time: for submitArticle the pair's scheduled start, for
 * extractFacts the moment the submit was answered (it is sent then). A refused call (429 or
 * 503) ends its pair; the report says whether each refusal carried Retry-After.
 * <p>
 * Arguments: {@code URL RATE_PER_SECOND SECONDS [ARTICLE_CHARS [FIRST_ARTICLE_NUMBER [WARMUP_SECONDS]]]}.
 * The warm-up runs in this same process at the same rate, with articles of its own, and is not
 * reported: both the service's and this client's JIT are warm when the measured part starts (a
 * separate warm-up process left this client compiling on the shared cores during the
 * measurement). With {@code -Dload.servicePid=PID} (Linux), the report gives the service's CPU
 * seconds during the measured part next to this client's own.
 */
public final class LoadClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(10);

    /** {@code sentAt}: the pair's scheduled start, which places the call in a report window. */
    private record Call(String function, int status, long sentAt, long latencyNanos, boolean retryAfter, String error) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> completedAt = new ConcurrentLinkedQueue<>();

    private LoadClient(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: LoadClient URL RATE_PER_SECOND SECONDS [ARTICLE_CHARS [FIRST_ARTICLE_NUMBER]]");
            System.exit(2);
        }
        double rate = Double.parseDouble(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int chars = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
        int first = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 0;
        if (warmup > 0) {
            LoadClient warming = new LoadClient(args[0]);
            warming.run(rate, warmup, chars, first, false);
            System.out.printf("warm-up: %d s at %.1f pairs/s, %d pairs completed (not reported further)%n", warmup, rate,
                    warming.completedAt.size());
            first += (int) Math.round(rate * warmup);
            Thread.sleep(5_000); // let the service's asynchronous case updates of the warm-up finish
        }
        String servicePid = System.getProperty("load.servicePid");
        double serviceCpu0 = CpuTime.ofProcess(servicePid);
        double clientCpu0 = CpuTime.ofThisProcess();
        new LoadClient(args[0]).run(rate, seconds, chars, first, true);
        if (servicePid != null) {
            System.out.printf("CPU during the measured part: service %.1f s (its asynchronous case updates and embedded "
                    + "DynamoDB Local included), this client %.1f s%n", CpuTime.ofProcess(servicePid) - serviceCpu0,
                    CpuTime.ofThisProcess() - clientCpu0);
        }
    }

    private void run(double rate, int seconds, int chars, int first, boolean report) throws Exception {
        int pairs = (int) Math.round(rate * seconds);
        List<String> bodies = new ArrayList<>(pairs);
        for (int i = 0; i < pairs; i++) {
            bodies.add(JSON.writeValueAsString(Map.of("text", BurstArticles.item(first + i, chars),
                    "publishedOn", "2026-05-20")));
        }
        List<CompletableFuture<Void>> inFlight = new ArrayList<>(pairs);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        long interval = (long) (1e9 / rate);
        for (int i = 0; i < pairs; i++) {
            long intended = start + i * interval;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            inFlight.add(pair(bodies.get(i), intended));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        if (report) {
            report(rate, seconds, chars, pairs, start, start + pairs * interval);
        }
    }

    private CompletableFuture<Void> pair(String submitBody, long intended) {
        return post("submitArticle", submitBody, intended, intended).thenCompose(submitted -> {
            if (submitted == null) {
                return CompletableFuture.completedFuture(null);
            }
            String articleId;
            try {
                articleId = JSON.readTree(submitted).path("articleId").asText();
            } catch (IOException e) {
                calls.add(new Call("submitArticle", -1, intended, 0, false, "unreadable answer"));
                return CompletableFuture.completedFuture(null);
            }
            return post("extractFacts", "{\"articleId\":\"" + articleId + "\"}", intended, System.nanoTime()).thenAccept(sheet -> {
                if (sheet != null) {
                    completedAt.add(System.nanoTime());
                }
            });
        });
    }

    /** The answer's body when the call answered 200, else null (the call is recorded either way). */
    private CompletableFuture<String> post(String function, String body, long pairStart, long intended) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/" + function)).timeout(TIMEOUT)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            long latency = System.nanoTime() - intended;
            if (failure != null) {
                calls.add(new Call(function, -1, pairStart, latency, false, failure.getClass().getSimpleName()));
                return null;
            }
            boolean retryAfter = response.headers().firstValue("Retry-After").isPresent();
            calls.add(new Call(function, response.statusCode(), pairStart, latency, retryAfter, null));
            return response.statusCode() == 200 ? response.body() : null;
        });
    }

    private void report(double rate, int seconds, int chars, int pairs, long start, long lastIntended) {
        System.out.printf("offered %.1f pairs/s for %d s (%d pairs, articles of %d chars)%n", rate, seconds, pairs, chars);
        for (String function : List.of("submitArticle", "extractFacts")) {
            List<Call> own = calls.stream().filter(c -> c.function.equals(function)).toList();
            Map<String, Integer> byStatus = new TreeMap<>();
            own.forEach(c -> byStatus.merge(c.status < 0 ? "error:" + c.error : Integer.toString(c.status), 1, Integer::sum));
            List<Long> ok = new ArrayList<>(own.stream().filter(c -> c.status == 200).map(c -> c.latencyNanos).toList());
            Collections.sort(ok);
            long refused = own.stream().filter(c -> c.status == 429 || c.status == 503).count();
            long refusedWithRetryAfter = own.stream().filter(c -> (c.status == 429 || c.status == 503) && c.retryAfter).count();
            System.out.printf("%-14s calls %5d  status %s  refused %d (with Retry-After %d)%n", function, own.size(),
                    byStatus, refused, refusedWithRetryAfter);
            if (!ok.isEmpty()) {
                System.out.printf("%-14s latency of 200s (ms from intended send): p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n",
                        "", ms(percentile(ok, 0.50)), ms(percentile(ok, 0.90)), ms(percentile(ok, 0.99)),
                        ms(ok.get(ok.size() - 1)));
            }
        }
        windows(start, lastIntended);
        List<Long> done = new ArrayList<>(completedAt);
        Collections.sort(done);
        double window = (lastIntended - start) / 1e9;
        long withinWindow = done.stream().filter(t -> t <= lastIntended).count();
        double span = done.isEmpty() ? 0 : (done.get(done.size() - 1) - start) / 1e9;
        System.out.printf("completed pairs: %d of %d; %.1f pairs/s over the offered %.0f s, %.1f pairs/s until the last answer%n",
                done.size(), pairs, withinWindow / window, window, span == 0 ? 0 : done.size() / span);
        long errors = calls.stream().filter(c -> c.status < 0 || (c.status >= 500 && c.status != 503)).count();
        long refusalsWithout = calls.stream().filter(c -> (c.status == 429 || c.status == 503) && !c.retryAfter).count();
        System.out.printf("errors (5xx other than 503, timeouts, connection failures): %d; refusals without Retry-After: %d%n",
                errors, refusalsWithout);
    }

    /** p99 per 10 s of scheduled pair starts: shows whether a tail is spread out or one stall. */
    private void windows(long start, long lastIntended) {
        StringBuilder line = new StringBuilder("p99 per 10 s window (submit/extract ms):");
        for (long windowStart = start; windowStart < lastIntended; windowStart += WINDOW_NANOS) {
            long from = windowStart;
            long to = from + WINDOW_NANOS;
            line.append(' ');
            for (String function : List.of("submitArticle", "extractFacts")) {
                List<Long> ok = new ArrayList<>(calls.stream().filter(c -> c.function.equals(function) && c.status == 200
                        && c.sentAt >= from && c.sentAt < to).map(c -> c.latencyNanos).toList());
                Collections.sort(ok);
                line.append(ok.isEmpty() ? "-" : String.format("%.0f", ms(percentile(ok, 0.99))));
                line.append(function.equals("submitArticle") ? "/" : "");
            }
        }
        System.out.println(line);
    }

    private static long percentile(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
