package io.scofacts.storage;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * A read, a query and a transaction that writes nothing, at start-up, whatever they find: the
 * first DynamoDB call of a process builds the AWS SDK's request pipeline (endpoint rules,
 * signer, HTTP client) and each operation's first call its marshallers, seconds of work on a
 * busy machine that the client's timeouts do not cover. Done here, no caller waits for it, a
 * storage outage is answered within the timeouts from the first request on, and on Lambda the
 * work lands in the SnapStart snapshot. Any answer will do, a missing item or a refusal by a
 * role that may not do this: the pipeline is built either way.
 */
@ApplicationScoped
public class StoragePriming {

    private static final Logger LOG = Logger.getLogger(StoragePriming.class);
    /** At start nobody waits for an answer, but a start must not hang on an unreachable DynamoDB. */
    private static final Duration LIMIT = Duration.ofSeconds(3);
    private static final Consumer<AwsRequestOverrideConfiguration.Builder> WITHIN_LIMIT = o -> o
            .apiCallTimeout(LIMIT).apiCallAttemptTimeout(LIMIT);

    @Inject
    DynamoDbClient dynamo;

    @Inject
    DynamoDbSettings settings;

    /** After TableProvisioner (default priority), so that a local run reads a table that exists. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        String table = settings.articlesTable();
        Map<String, AttributeValue> key = PartTable.key("a-priming", 0);
        List<Runnable> calls = List.of(
                () -> dynamo.getItem(b -> b.tableName(table).key(key).overrideConfiguration(WITHIN_LIMIT)),
                () -> dynamo.query(b -> b.tableName(table).keyConditionExpression("#pk = :id")
                        .expressionAttributeNames(Map.of("#pk", PartTable.PK))
                        .expressionAttributeValues(Map.of(":id", key.get(PartTable.PK))).overrideConfiguration(WITHIN_LIMIT)),
                // A condition that fails: the transaction writes nothing.
                () -> dynamo.transactWriteItems(b -> b.transactItems(TransactWriteItem.builder().conditionCheck(
                        c -> c.tableName(table).key(key).conditionExpression("attribute_exists(#pk)")
                                .expressionAttributeNames(Map.of("#pk", PartTable.PK))).build())
                        .overrideConfiguration(WITHIN_LIMIT)));
        for (Runnable call : calls) {
            try {
                call.run();
            } catch (RuntimeException e) {
                LOG.debugf("storage priming: %s", e.getMessage());
                if (StorageOutages.isOutage(e)) {
                    return; // no need to wait for the others: the pipeline is built
                }
            }
        }
    }
}
