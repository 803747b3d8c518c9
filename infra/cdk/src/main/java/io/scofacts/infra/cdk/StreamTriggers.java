package io.scofacts.infra.cdk;

import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.lambda.CfnEventSourceMapping;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * The DynamoDB stream triggers and their dead-letter queue: each trigger invokes a function's
 * live alias with the records its filter passes, reports failed records one by one, retries
 * them (split batches help find the bad one), and parks what keeps failing in the queue.
 * <p>
 * Written as plain event source mappings, not CDK's DynamoEventSource, so that they grant the
 * functions nothing: each function's permissions are listed in {@link ScofactsStack}, once.
 */
final class StreamTriggers extends Construct {

    /** New articles only (the insert of part 0): each is a full extraction, so small batches. */
    static final Trigger ARTICLES_INSERTED = new Trigger(10, 1, 3,
            "{\"eventName\":[\"INSERT\"],\"dynamodb\":{\"Keys\":{\"part\":{\"N\":[\"0\"]}}}}");
    /** A FactSheet stored (part 0 written, first time or again): apply it to its cases and events. */
    static final Trigger FACTSHEETS_STORED = new Trigger(100, 4, 5,
            "{\"eventName\":[\"INSERT\",\"MODIFY\"],\"dynamodb\":{\"Keys\":{\"part\":{\"N\":[\"0\"]}}}}");
    /** An article's share of a case or event written or removed: count it into the overview. */
    static final Trigger SHARES_CHANGED = new Trigger(100, 4, 5,
            "{\"dynamodb\":{\"Keys\":{\"item\":{\"S\":[{\"prefix\":\"share#\"}]}}}}");

    /**
     * How a stream is read: batch size, batches per shard at once (records of one key stay in
     * order whatever the factor), retries, the event filter. Every trigger waits up to a second
     * to fill a batch (so a burst about one case is one refresh) and drops records older than a day.
     */
    record Trigger(int batchSize, int parallelization, int retries, String filter) {
    }

    final Queue deadLetterQueue;

    StreamTriggers(Construct scope, String id) {
        super(scope, id);
        deadLetterQueue = Queue.Builder.create(this, "DeadLetterQueue")
                .retentionPeriod(Duration.days(14))
                .encryption(QueueEncryption.SQS_MANAGED)
                .build();
    }

    void add(String id, String streamArn, ServiceFunction lambda, Trigger trigger) {
        CfnEventSourceMapping.Builder mapping = CfnEventSourceMapping.Builder.create(this, id)
                .functionName(lambda.alias.getFunctionArn())
                .eventSourceArn(streamArn)
                .startingPosition("TRIM_HORIZON")
                .batchSize(trigger.batchSize())
                .maximumBatchingWindowInSeconds(1)
                .maximumRetryAttempts(trigger.retries())
                .bisectBatchOnFunctionError(true)
                .maximumRecordAgeInSeconds(86400)
                .functionResponseTypes(List.of("ReportBatchItemFailures"))
                .filterCriteria(CfnEventSourceMapping.FilterCriteriaProperty.builder()
                        .filters(List.of(CfnEventSourceMapping.FilterProperty.builder().pattern(trigger.filter()).build()))
                        .build())
                .destinationConfig(CfnEventSourceMapping.DestinationConfigProperty.builder()
                        .onFailure(CfnEventSourceMapping.OnFailureProperty.builder()
                                .destination(deadLetterQueue.getQueueArn()).build())
                        .build());
        if (trigger.parallelization() > 1) {
            mapping.parallelizationFactor(trigger.parallelization());
        }
        // Lambda checks the stream permissions when the mapping is created.
        mapping.build().getNode().addDependency(lambda.role);
    }
}
