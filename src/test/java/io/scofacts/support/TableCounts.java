package io.scofacts.support;

import io.scofacts.app.DossierFeed;
import io.scofacts.storage.DynamoDbSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * Counts every item in every table of the service, so a test can show that a refused request
 * left nothing behind. (A Scan is fine here: tests only, on a table they own.)
 */
@ApplicationScoped
public class TableCounts {

    @Inject
    DynamoDbClient dynamo;

    @Inject
    DynamoDbSettings settings;

    @Inject
    DossierFeed feed;

    /** Counted once the case and event updates of earlier extractions are written (they run in the background). */
    public long items() {
        feed.awaitCaughtUp();
        long total = 0;
        for (String table : List.of(settings.articlesTable(), settings.factsheetsTable(), settings.casesTable())) {
            total += dynamo.scanPaginator(ScanRequest.builder().tableName(table).select("COUNT").build())
                    .stream().mapToLong(page -> page.count()).sum();
        }
        return total;
    }
}
