package io.scofacts.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

/** A template's AWS::DynamoDB::Table held against the CreateTableRequest the service makes locally. */
final class TableFacts {

    private TableFacts() {
    }

    static void assertSame(CreateTableRequest expected, JsonNode table) {
        String name = expected.tableName();
        assertEquals(keys(expected.keySchema()), keys(table.path("KeySchema")), name + " key schema");
        Set<String> attributes = new TreeSet<>();
        expected.attributeDefinitions().forEach(a -> attributes.add(a.attributeName() + ":" + a.attributeTypeAsString()));
        Set<String> declared = new TreeSet<>();
        table.path("AttributeDefinitions").forEach(a -> declared.add(a.path("AttributeName").asText() + ":"
                + a.path("AttributeType").asText()));
        assertEquals(attributes, declared, name + " attribute definitions");

        Set<String> indexes = new TreeSet<>();
        expected.globalSecondaryIndexes().forEach(index -> indexes.add(index.indexName() + " " + keys(index.keySchema())
                + " " + index.projection().projectionTypeAsString()));
        Set<String> declaredIndexes = new TreeSet<>();
        table.path("GlobalSecondaryIndexes").forEach(index -> declaredIndexes.add(index.path("IndexName").asText() + " "
                + keys(index.path("KeySchema")) + " " + index.path("Projection").path("ProjectionType").asText()));
        assertEquals(indexes, declaredIndexes, name + " global secondary indexes");
        assertEquals(0, table.path("LocalSecondaryIndexes").size(), name + " local secondary indexes");

        String stream = expected.streamSpecification() == null ? Intrinsics.ABSENT
                : expected.streamSpecification().streamViewTypeAsString();
        assertEquals(stream, Intrinsics.render(table.path("StreamSpecification").path("StreamViewType")), name + " stream");
        assertEquals("PAY_PER_REQUEST", table.path("BillingMode").asText(), name + " billing");
        assertEquals(expected.billingModeAsString(), table.path("BillingMode").asText(), name + " billing");
        assertEquals("true", table.path("PointInTimeRecoverySpecification").path("PointInTimeRecoveryEnabled").asText(),
                name + " point-in-time recovery");
    }

    private static List<String> keys(List<KeySchemaElement> keySchema) {
        List<String> keys = new ArrayList<>();
        keySchema.forEach(key -> keys.add(key.attributeName() + ":" + key.keyTypeAsString()));
        return keys;
    }

    private static List<String> keys(JsonNode keySchema) {
        List<String> keys = new ArrayList<>();
        keySchema.forEach(key -> keys.add(key.path("AttributeName").asText() + ":" + key.path("KeyType").asText()));
        return keys;
    }
}
