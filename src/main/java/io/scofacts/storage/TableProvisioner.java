package io.scofacts.storage;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
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
}
