package io.scofacts.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * BatchWriteItem and BatchGetItem in the sizes DynamoDB accepts (25 writes, 100 keys), with
 * the unprocessed part sent again (DynamoDB returns it under throttling) after a short pause.
 */
final class Batches {

    private static final int WRITES_PER_BATCH = 25;
    private static final int KEYS_PER_BATCH = 100;
    private static final int MAX_ROUNDS = 8;

    private Batches() {
    }

    static void write(DynamoDbClient dynamo, String table, List<WriteRequest> writes) {
        for (int from = 0; from < writes.size(); from += WRITES_PER_BATCH) {
            Map<String, List<WriteRequest>> pending = Map.of(table,
                    List.copyOf(writes.subList(from, Math.min(writes.size(), from + WRITES_PER_BATCH))));
            for (int round = 1; !pending.isEmpty(); round++) {
                if (round > MAX_ROUNDS) {
                    throw new StorageException("DynamoDB kept part of a batch write unprocessed");
                }
                Map<String, List<WriteRequest>> request = pending;
                BatchWriteItemResponse response = dynamo.batchWriteItem(b -> b.requestItems(request));
                pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
                if (!pending.isEmpty()) {
                    pause(round);
                }
            }
        }
    }

    /** The items under {@code keys}, consistently read, in no particular order; missing keys are left out. */
    static List<Map<String, AttributeValue>> get(DynamoDbClient dynamo, String table, List<Map<String, AttributeValue>> keys) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += KEYS_PER_BATCH) {
            Map<String, KeysAndAttributes> pending = Map.of(table, KeysAndAttributes.builder()
                    .keys(keys.subList(from, Math.min(keys.size(), from + KEYS_PER_BATCH))).consistentRead(true).build());
            for (int round = 1; !pending.isEmpty(); round++) {
                if (round > MAX_ROUNDS) {
                    throw new StorageException("DynamoDB kept part of a batch read unprocessed");
                }
                Map<String, KeysAndAttributes> request = pending;
                BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(request));
                items.addAll(response.responses().getOrDefault(table, List.of()));
                pending = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
                if (!pending.isEmpty()) {
                    pause(round);
                }
            }
        }
        return items;
    }

    private static void pause(int round) {
        try {
            Thread.sleep(Math.min(500L, 10L << round));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted while retrying a batch", e);
        }
    }
}
