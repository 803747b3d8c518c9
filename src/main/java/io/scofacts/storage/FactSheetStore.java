package io.scofacts.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scofacts.core.factsheet.FactSheet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The FactSheet of each stored article, kept so that asking again is a read. A sheet is
 * replaced only by a writer that read the revision it replaces (optimistic concurrency), in
 * one transaction with all its parts.
 */
@ApplicationScoped
public class FactSheetStore {

    /** A transaction holds at most 4 MB; the parts of one sheet must fit in it. */
    private static final int MAX_PARTS = 10;

    @Inject
    DynamoDbClient dynamo;

    @Inject
    DynamoDbSettings settings;

    @Inject
    ObjectMapper json;

    public Optional<StoredFactSheet> find(String articleId) {
        List<Map<String, AttributeValue>> parts = PartTable.readParts(dynamo, settings.factsheetsTable(), articleId);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> head = parts.get(0);
        try {
            FactSheet sheet = json.readValue(PartTable.joinBody(parts), FactSheet.class);
            return Optional.of(new StoredFactSheet(sheet, Long.parseLong(head.get("revision").n()),
                    Integer.parseInt(head.get(PartTable.PARTS).n())));
        } catch (IOException e) {
            throw new StorageException("stored FactSheet of " + articleId + " is unreadable", e);
        }
    }

    /**
     * Stores {@code sheet} in place of {@code previous} (null when none was stored). False when
     * another writer got there first; the caller then reads what that writer stored.
     */
    public boolean replace(FactSheet sheet, StoredFactSheet previous) {
        String articleId = sheet.articleId();
        List<byte[]> bodies = Blobs.split(serialize(sheet));
        if (bodies.size() > MAX_PARTS) {
            throw new StorageException("FactSheet of " + articleId + " is too large to store");
        }
        long revision = previous == null ? 1 : previous.revision() + 1;
        Map<String, AttributeValue> head = Map.of(
                "revision", AttributeValue.fromN(Long.toString(revision)),
                "extractor", AttributeValue.fromS(sheet.extractor()),
                "storedAt", AttributeValue.fromS(Instant.now().toString()));
        List<TransactWriteItem> writes = new ArrayList<>(PartTable.puts(settings.factsheetsTable(), articleId, bodies,
                head, put -> replacing(put, previous)));
        for (int stale = bodies.size(); previous != null && stale < previous.parts(); stale++) {
            writes.add(TransactWriteItem.builder().delete(Delete.builder().tableName(settings.factsheetsTable())
                    .key(PartTable.key(articleId, stale)).build()).build());
        }
        return Transactions.writeIfUnchanged(dynamo, writes);
    }

    /** Part 0 may replace only the revision that was read, or nothing when none was. */
    private static void replacing(Put.Builder put, StoredFactSheet previous) {
        if (previous == null) {
            put.conditionExpression("attribute_not_exists(#pk)").expressionAttributeNames(Map.of("#pk", PartTable.PK));
        } else {
            put.conditionExpression("#rev = :rev")
                    .expressionAttributeNames(Map.of("#rev", "revision"))
                    .expressionAttributeValues(Map.of(":rev", AttributeValue.fromN(Long.toString(previous.revision()))));
        }
    }

    private byte[] serialize(FactSheet sheet) {
        try {
            return json.writeValueAsBytes(sheet);
        } catch (JsonProcessingException e) {
            throw new StorageException("cannot serialise the FactSheet of " + sheet.articleId(), e);
        }
    }
}
