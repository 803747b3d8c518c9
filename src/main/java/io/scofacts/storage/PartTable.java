package io.scofacts.storage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The layout shared by the articles and FactSheets tables: a value too large for one item is
 * stored as parts 0..n-1 under one article id. Part 0 also carries the metadata and the part
 * count, so a reader knows when it has everything.
 */
final class PartTable {

    static final String PK = "articleId";
    static final String SK = "part";
    static final String PARTS = "parts";
    static final String BODY = "body";

    private PartTable() {
    }

    static Map<String, AttributeValue> key(String articleId, int part) {
        return Map.of(PK, AttributeValue.fromS(articleId), SK, AttributeValue.fromN(Integer.toString(part)));
    }

    /**
     * Every part of one value in order, read consistently; empty when nothing is stored. Part 0 is
     * read first, by key: almost every value is one part, and a get costs DynamoDB (and DynamoDB
     * Local's CPU, on the machine the load benchmark shares) less than a query; a value of several
     * parts is then read whole by one query, so its parts are of one moment.
     */
    static List<Map<String, AttributeValue>> readParts(DynamoDbClient dynamo, String table, String articleId) {
        GetItemResponse first = dynamo.getItem(b -> b.tableName(table).key(key(articleId, 0)).consistentRead(true));
        if (!first.hasItem() || first.item().isEmpty()) {
            return List.of();
        }
        AttributeValue count = first.item().get(PARTS);
        if (count != null && Integer.parseInt(count.n()) == 1) {
            return List.of(first.item());
        }
        List<Map<String, AttributeValue>> items = new ArrayList<>(Queries.queryAll(dynamo, QueryRequest.builder()
                .tableName(table)
                .keyConditionExpression("#pk = :id")
                .expressionAttributeNames(Map.of("#pk", PK))
                .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(articleId)))
                .consistentRead(true)
                .build()));
        items.sort(Comparator.comparingInt(PartTable::partNumber));
        return items;
    }

    /** The value the parts hold; a missing part (a write in progress) is reported, not guessed. */
    static byte[] joinBody(List<Map<String, AttributeValue>> parts) {
        int expected = Integer.parseInt(parts.get(0).get(PARTS).n());
        if (parts.size() < expected) {
            throw new StorageException("stored value has " + parts.size() + " of " + expected + " parts");
        }
        List<byte[]> bodies = new ArrayList<>(expected);
        for (int i = 0; i < expected; i++) {
            bodies.add(parts.get(i).get(BODY).b().asByteArrayUnsafe());
        }
        return Blobs.join(bodies);
    }

    /**
     * The puts that store {@code bodies} as parts 0..n-1 of one value: part 0 also carries the
     * part count and {@code head}, and is the item {@code headCondition} guards.
     */
    static List<TransactWriteItem> puts(String table, String articleId, List<byte[]> bodies,
            Map<String, AttributeValue> head, Consumer<Put.Builder> headCondition) {
        List<TransactWriteItem> writes = new ArrayList<>();
        for (int part = 0; part < bodies.size(); part++) {
            Map<String, AttributeValue> item = new HashMap<>(key(articleId, part));
            item.put(BODY, bytes(bodies.get(part)));
            Put.Builder put = Put.builder().tableName(table);
            if (part == 0) {
                item.putAll(head);
                item.put(PARTS, AttributeValue.fromN(Integer.toString(bodies.size())));
                headCondition.accept(put);
            }
            writes.add(TransactWriteItem.builder().put(put.item(item).build()).build());
        }
        return writes;
    }

    private static AttributeValue bytes(byte[] value) {
        return AttributeValue.fromB(SdkBytes.fromByteArrayUnsafe(value));
    }

    static int partNumber(Map<String, AttributeValue> item) {
        return Integer.parseInt(item.get(SK).n());
    }
}
