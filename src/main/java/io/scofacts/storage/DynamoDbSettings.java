package io.scofacts.storage;

import io.smallrye.config.ConfigMapping;

/** Table names (from configuration, so each stage deploys its own) and start-up behaviour. */
@ConfigMapping(prefix = "scofacts.dynamodb")
public interface DynamoDbSettings {

    String articlesTable();

    String factsheetsTable();

    String casesTable();

    /** Create missing tables at start: locally and in tests; in AWS the tables come from infra/. */
    boolean createMissingTables();
}
