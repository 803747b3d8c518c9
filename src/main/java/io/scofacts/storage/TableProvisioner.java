package io.scofacts.storage;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * Creates the tables at start when they are missing (local runs and tests), as
 * {@link TableDefinitions} defines them: the schema docs/data-model.md documents and infra/ deploys.
 */
@ApplicationScoped
public class TableProvisioner {

    private static final Logger LOG = Logger.getLogger(TableProvisioner.class);
    /**
     * The client's timeouts are set for answering callers (application.properties); at start
     * nobody waits, and a DynamoDB Local started a moment ago takes seconds for its first answer.
     */
    private static final Consumer<AwsRequestOverrideConfiguration.Builder> AT_START = o -> o
            .apiCallTimeout(Duration.ofSeconds(30)).apiCallAttemptTimeout(Duration.ofSeconds(30));

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
        TableDefinitions.all(settings.articlesTable(), settings.factsheetsTable(), settings.casesTable())
                .forEach(this::createIfMissing);
    }

    private void createIfMissing(CreateTableRequest request) {
        try {
            dynamo.describeTable(b -> b.tableName(request.tableName()).overrideConfiguration(AT_START));
            return;
        } catch (ResourceNotFoundException missing) {
            LOG.infof("creating table %s", request.tableName());
        }
        try {
            dynamo.createTable(request.toBuilder().overrideConfiguration(AT_START).build());
        } catch (ResourceInUseException createdMeanwhile) {
            return;
        }
        dynamo.waiter().waitUntilTableExists(b -> b.tableName(request.tableName()).overrideConfiguration(AT_START));
    }
}
