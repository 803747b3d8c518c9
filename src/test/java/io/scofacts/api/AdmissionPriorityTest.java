package io.scofacts.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.scofacts.DynamoDbLocalResource;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Under overload the service finishes what it took on: while extractions and reads of work
 * already accepted wait for their turn, a new article is refused at once (503, Retry-After),
 * and accepted again as soon as the queue is served.
 */
@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
@TestProfile(AdmissionPriorityTest.OnePermit.class)
class AdmissionPriorityTest {

    public static class OnePermit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("scofacts.admission.concurrency", "1", "scofacts.admission.max-follow-ups-waiting", "1",
                    "scofacts.admission.max-wait-ms", "20000");
        }
    }

    @Inject
    Admission admission;

    @Test
    void newArticlesWaitForTheWorkAlreadyAccepted() throws Exception {
        // On Lambda each instance serves one request at a time: queueing there is Lambda's and
        // API Gateway's, and the test's event server hands the function one event at a time.
        assumeFalse(Boolean.getBoolean("scofacts.lambda-build"), "admission is the HTTP server's");
        // each kind of call once first: the first calls of a fresh JVM load code for seconds
        Api.post("listCases", Map.of()).statusCode(200);
        Api.post("submitArticle", Map.of("text", "中吉数字口岸合作平台上线。")).statusCode(200);
        List<CompletableFuture<Integer>> waiting = new ArrayList<>();
        // threads of its own: the common pool has a single thread on a 2-core machine
        ExecutorService callers = Executors.newFixedThreadPool(2);
        admission.enter(); // the only permit, held as a long extraction would
        try {
            for (int i = 0; i < 1; i++) {
                waiting.add(CompletableFuture.supplyAsync(() -> Api.post("listCases", Map.of()).extract().statusCode(), callers));
            }
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (admission.followUpsWaiting() < 1 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(1, admission.followUpsWaiting(), "a read waits for the only permit");
            Api.post("submitArticle", Map.of("text", "中哈跨境电商合作平台上线。")).statusCode(503)
                    .header("Retry-After", "1").body("error", equalTo("overloaded"))
                    .body("message", containsString("busy"));
        } finally {
            admission.leave();
        }
        for (CompletableFuture<Integer> read : waiting) {
            assertEquals(200, read.get());
        }
        callers.shutdown();
        assertEquals(0, admission.followUpsWaiting());
        Api.post("submitArticle", Map.of("text", "中哈跨境电商合作平台上线。")).statusCode(200);
        assertTrue(admission.inFlight() <= 1);
    }
}
