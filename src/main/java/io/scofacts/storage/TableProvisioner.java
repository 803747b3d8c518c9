package io.scofacts.storage;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * Creates the tables at start when they are missing (local runs and tests). The key schema
 * here is the one docs/data-model.md documents and infra/ deploys.
 */
@ApplicationScoped
public class TableProvisioner {

    private static final Logger LOG = Logger.getLogger(TableProvisioner.class);

    @Inject
    DynamoDbClient dynamo;

    @Inject
    DynamoDbSettings settings;

    void onStart(@Observes StartupEvent event) {
        if (settings.createMissingTables()) {
            createMissing();
        }
    }

    public void createMissing() {
        createIfMissing(partTable(settings.articlesTable())
                .streamSpecification(StreamSpecification.builder().streamEnabled(true)
                        .streamViewType(StreamViewType.KEYS_ONLY).build())
                .build());
        createIfMissing(partTable(settings.factsheetsTable()).build());
        createIfMissing(CreateTableRequest.builder()
                .tableName(settings.casesTable())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string(CaseTable.PK), string(CaseTable.SK), string(CaseTable.FACET),
                        string(CaseTable.FACET_SORT))
                .keySchema(key(CaseTable.PK, KeyType.HASH), key(CaseTable.SK, KeyType.RANGE))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName(CaseTable.BY_FACET)
                        .keySchema(key(CaseTable.FACET, KeyType.HASH), key(CaseTable.FACET_SORT, KeyType.RANGE))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                        .build())
                .build());
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

    private void createIfMissing(CreateTableRequest request) {
        try {
            dynamo.describeTable(b -> b.tableName(request.tableName()));
            return;
        } catch (ResourceNotFoundException missing) {
            LOG.infof("creating table %s", request.tableName());
        }
        try {
            dynamo.createTable(request);
        } catch (ResourceInUseException createdMeanwhile) {
            return;
        }
        dynamo.waiter().waitUntilTableExists(b -> b.tableName(request.tableName()));
    }

    private static AttributeDefinition string(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
