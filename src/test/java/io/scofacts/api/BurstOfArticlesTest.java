package io.scofacts.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.scofacts.BurstArticles;
import io.scofacts.DynamoDbLocalResource;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A news burst: 200 different articles naming one case, extracted all at once. Storing a
 * FactSheet does not wait on the other articles about the case, so none fails; the case and
 * its listing catch up asynchronously within seconds.
 */
@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
class BurstOfArticlesTest {

    private static final int ARTICLES = 200;
    private static final long CATCH_UP_MILLIS = 10_000;

    @Inject
    Admission admission;

    @Test
    void twoHundredConcurrentExtractionsNamingOneCaseAllSucceedAndTheCaseListsThemAll() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int n = 1; n <= ARTICLES; n++) {
            ids.add(Api.submit(Map.of("text", BurstArticles.item(n, 0), "publishedOn", "2026-05-20")));
        }
        assertEquals(ARTICLES, new HashSet<>(ids).size(), "200 different articles");

        ExecutorService clients = Executors.newFixedThreadPool(ARTICLES);
        CountDownLatch start = new CountDownLatch(1);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (String id : ids) {
                calls.add(() -> {
                    start.await();
                    return Api.post("extractFacts", Map.of("articleId", id)).extract().statusCode();
                });
            }
            List<Future<Integer>> results = new ArrayList<>();
            calls.forEach(call -> results.add(clients.submit(call)));
            start.countDown();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
        } finally {
            clients.shutdown();
        }
        long extracted = System.nanoTime();
        assertEquals(0, statuses.stream().filter(status -> status != 200).count(),
                "extractions not answered 200: " + statuses.stream().filter(status -> status != 200).distinct().toList());

        String caseId = null;
        Set<String> sources = Set.of();
        while (System.nanoTime() - extracted < CATCH_UP_MILLIS * 1_000_000L) {
            List<String> found = Api.post("listCases", Map.of("text", BurstArticles.PROJECT)).statusCode(200)
                    .extract().path("items.caseId");
            if (found.size() == 1) {
                caseId = found.get(0);
                List<String> listed = Api.post("caseSummary", Map.of("caseId", caseId)).statusCode(200)
                        .extract().path("sources.articleId");
                sources = new HashSet<>(listed);
                if (sources.size() == ARTICLES) {
                    break;
                }
            }
            Thread.sleep(100);
        }
        long caughtUpMillis = (System.nanoTime() - extracted) / 1_000_000L;
        Set<String> missing = new HashSet<>(ids);
        missing.removeAll(sources);
        assertEquals(0, missing.size(), "articles the case does not list after " + caughtUpMillis + " ms");
        assertEquals(ARTICLES, sources.size());
        assertTrue(caughtUpMillis <= CATCH_UP_MILLIS, "caught up in " + caughtUpMillis + " ms");
        int articleCount = Api.post("listCases", Map.of("text", BurstArticles.PROJECT)).statusCode(200)
                .extract().path("items[0].articleCount");
        assertEquals(ARTICLES, articleCount, "the listing counts them all too");
        for (int wait = 0; wait < 20 && admission.inFlight() > 0; wait++) {
            Thread.sleep(50);
        }
        assertEquals(0, admission.inFlight(), "every answered request left the admission count");
    }
}
