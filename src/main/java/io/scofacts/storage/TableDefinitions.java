package io.scofacts.storage;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * The tables' keys, indexes and stream, defined once: the local provisioner creates them from
 * here, and the infra tests hold the SAM and CDK templates against the same requests, so a
 * new index fails those tests until infra/ declares it too. Plain Java, no CDI.
 */
public final class TableDefinitions {

    private TableDefinitions() {
    }

    public static List<CreateTableRequest> all(String articlesTable, String factsheetsTable, String casesTable) {
        return List.of(articles(articlesTable), factsheets(factsheetsTable), cases(casesTable));
    }

    /**
     * Every table has a stream of keys only: each consumer needs nothing but the key of what
     * changed and reads the rest itself. Articles: a new article drives extraction. FactSheets:
     * a stored sheet drives its cases' and events' update. Cases: a changed share drives the
     * refresh of that case's overview.
     */
    public static CreateTableRequest articles(String name) {
        return partTable(name).streamSpecification(keysOnlyStream()).build();
    }

    public static CreateTableRequest factsheets(String name) {
        return partTable(name).streamSpecification(keysOnlyStream()).build();
    }

    public static CreateTableRequest cases(String name) {
        return CreateTableRequest.builder()
                .tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string(CaseTable.PK), string(CaseTable.SK), string(CaseTable.FACET),
                        string(CaseTable.FACET_SORT))
                .keySchema(key(CaseTable.PK, KeyType.HASH), key(CaseTable.SK, KeyType.RANGE))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName(CaseTable.BY_FACET)
                        .keySchema(key(CaseTable.FACET, KeyType.HASH), key(CaseTable.FACET_SORT, KeyType.RANGE))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                        .build())
                .streamSpecification(keysOnlyStream())
                .build();
    }

    private static StreamSpecification keysOnlyStream() {
        return StreamSpecification.builder().streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY).build();
    }

    /** Articles and FactSheets: one item per stored part, keyed by article id and part number. */
    private static CreateTableRequest.Builder partTable(String name) {
        return CreateTableRequest.builder()
                .tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string(PartTable.PK),
                        AttributeDefinition.builder().attributeName(PartTable.SK).attributeType(ScalarAttributeType.N).build())
                .keySchema(key(PartTable.PK, KeyType.HASH), key(PartTable.SK, KeyType.RANGE));
    }

    private static AttributeDefinition string(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
