package io.scofacts.storage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Table names (from configuration, so each stage deploys its own) and start-up behaviour. */
@ConfigMapping(prefix = "scofacts.dynamodb")
public interface DynamoDbSettings {

    String articlesTable();

    String factsheetsTable();

    String casesTable();

    /** Create missing tables at start: locally and in tests; in AWS the tables come from infra/. */
    boolean createMissingTables();

    /** The longest one request waits for DynamoDB over all its calls (StorageTimeBudget). */
    @WithDefault("1500ms")
    Duration storageTimePerRequest();
}
