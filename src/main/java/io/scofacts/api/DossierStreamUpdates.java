package io.scofacts.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Unremovable;
import io.scofacts.api.ArticleStreamExtraction.BatchItemFailure;
import io.scofacts.api.ArticleStreamExtraction.StreamBatchResponse;
import io.scofacts.app.DossierUpdates;
import io.scofacts.core.cases.DossierIds;
import io.scofacts.core.text.ContentFingerprint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The aggregate Lambda's work, driven by two DynamoDB Streams (keys only):
 * <ul>
 * <li>the FactSheets table's: a sheet was stored (part 0 written): apply it to the cases and
 * events it names ({@link DossierUpdates#applyArticle(String)}). Each article of a batch once,
 * in the order of the batch: its current sheet is what is read;</li>
 * <li>the cases table's, share items only (the event filter): an article's share of a case or
 * event changed: count the changed shares into that overview ({@link DossierUpdates#refresh}),
 * once per id however many of its records the batch holds. Records of one case come in order from one shard, so
 * one refresh of a case runs at a time.</li>
 * </ul>
 * A failing article or case is reported as a batch item failure at its first record: Lambda
 * retries from there, and every step is idempotent, so records that had succeeded cost a
 * second, unchanged pass.
 */
@ApplicationScoped
@Unremovable // looked up by the Lambda handler, injected nowhere
public class DossierStreamUpdates {

    private static final Logger LOG = Logger.getLogger(DossierStreamUpdates.class);
    private static final String SHARE_PREFIX = "share#";

    @Inject
    DossierUpdates updates;

    @Inject
    ObjectMapper json;

    public void handle(byte[] event, OutputStream answer) throws IOException {
        json.writeValue(answer, handle(json.readTree(event)));
    }

    StreamBatchResponse handle(JsonNode event) {
        Map<String, String> articles = new LinkedHashMap<>();
        Map<String, String> dossiers = new LinkedHashMap<>();
        Map<String, Set<String>> sharesChanged = new LinkedHashMap<>();
        List<BatchItemFailure> failures = new ArrayList<>();
        for (JsonNode record : event.path("Records")) {
            String sequenceNumber = record.path("dynamodb").path("SequenceNumber").asText();
            JsonNode keys = record.path("dynamodb").path("Keys");
            if (keys.has("caseId")) {
                String id = keys.path("caseId").path("S").asText();
                String item = keys.path("item").path("S").asText();
                if (!item.startsWith(SHARE_PREFIX)) {
                    continue; // the event filter passes shares only; anything else is not a change of an overview
                }
                String articleId = item.substring(SHARE_PREFIX.length());
                if ((DossierIds.isCaseId(id) || DossierIds.isEventId(id)) && ContentFingerprint.looksLikeArticleId(articleId)) {
                    dossiers.putIfAbsent(id, sequenceNumber);
                    sharesChanged.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(articleId);
                } else {
                    failures.add(malformed(sequenceNumber, keys));
                }
            } else if (keys.has("articleId")) {
                String articleId = keys.path("articleId").path("S").asText();
                if (!"0".equals(keys.path("part").path("N").asText())) {
                    continue; // a sheet's later parts come with its part 0
                }
                if (ContentFingerprint.looksLikeArticleId(articleId)) {
                    articles.putIfAbsent(articleId, sequenceNumber);
                } else {
                    failures.add(malformed(sequenceNumber, keys));
                }
            } else {
                failures.add(malformed(sequenceNumber, keys));
            }
        }
        articles.forEach((articleId, sequenceNumber) -> run(() -> updates.applyArticle(articleId), articleId,
                sequenceNumber, failures));
        dossiers.forEach((id, sequenceNumber) -> run(() -> updates.refresh(id, sharesChanged.get(id)), id, sequenceNumber,
                failures));
        return new StreamBatchResponse(failures);
    }

    private static void run(Runnable step, String key, String sequenceNumber, List<BatchItemFailure> failures) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.errorf(e, "updating %s for stream record %s failed", key, sequenceNumber);
            failures.add(new BatchItemFailure(sequenceNumber));
        }
    }

    private static BatchItemFailure malformed(String sequenceNumber, JsonNode keys) {
        LOG.errorf("stream record %s holds no article, case or event id: %s", sequenceNumber, keys);
        return new BatchItemFailure(sequenceNumber);
    }
}
