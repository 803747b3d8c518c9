package io.scofacts.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scofacts.app.FactExtraction;
import io.scofacts.core.text.ContentFingerprint;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Extraction driven by the articles table's DynamoDB Stream: every newly stored article (the
 * insert of its part 0) gets its FactSheet, and with it its cases, exactly as extractFacts
 * would make them. A record that fails is answered as a batch item failure: Lambda keeps the
 * records before the first failure as done and retries from that one on (once retries are
 * spent, the record goes to the dead-letter queue). Later records that had succeeded come
 * again and find their FactSheet stored, so a retry costs them a read.
 */
@ApplicationScoped
@Unremovable // looked up by the Lambda handler, injected nowhere
public class ArticleStreamExtraction {

    private static final Logger LOG = Logger.getLogger(ArticleStreamExtraction.class);

    @Inject
    FactExtraction extraction;

    @Inject
    ObjectMapper json;

    /** The answer Lambda reads when the event source mapping reports batch item failures. */
    public record StreamBatchResponse(List<BatchItemFailure> batchItemFailures) {
    }

    public record BatchItemFailure(String itemIdentifier) {
    }

    public void handle(byte[] event, OutputStream answer) throws IOException {
        json.writeValue(answer, handle(json.readTree(event)));
    }

    /**
     * The extract function gets both this stream's batches and API Gateway's HTTP events; only a
     * stream batch has a top-level "Records" field. Reads no further than the top-level keys.
     */
    public boolean isStreamEvent(byte[] event) throws IOException {
        try (JsonParser parser = json.getFactory().createParser(event)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                if ("Records".equals(parser.currentName())) {
                    return true;
                }
                parser.nextToken();
                parser.skipChildren();
            }
            return false;
        }
    }

    StreamBatchResponse handle(JsonNode event) {
        List<BatchItemFailure> failures = new ArrayList<>();
        for (JsonNode record : event.path("Records")) {
            String sequenceNumber = record.path("dynamodb").path("SequenceNumber").asText();
            try {
                insertedArticle(record).ifPresent(extraction::forStoredArticle);
            } catch (RuntimeException e) {
                LOG.errorf(e, "extraction for stream record %s failed", sequenceNumber);
                failures.add(new BatchItemFailure(sequenceNumber));
            }
        }
        return new StreamBatchResponse(failures);
    }

    /** Only a new article matters: later parts of it, and changes or removals, are not news. */
    private static Optional<String> insertedArticle(JsonNode record) {
        JsonNode keys = record.path("dynamodb").path("Keys");
        if (!"INSERT".equals(record.path("eventName").asText()) || !"0".equals(keys.path("part").path("N").asText())) {
            return Optional.empty();
        }
        String articleId = keys.path("articleId").path("S").asText();
        if (!ContentFingerprint.looksLikeArticleId(articleId)) {
            throw new IllegalArgumentException("the record's key holds no article id: " + keys);
        }
        return Optional.of(articleId);
    }
}
