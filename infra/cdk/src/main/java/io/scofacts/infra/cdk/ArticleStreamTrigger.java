package io.scofacts.infra.cdk;

import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.lambda.CfnEventSourceMapping;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * Extraction of every newly stored article: the articles table's stream invokes the extract
 * function with inserts of part 0 only, reports failed records one by one, retries them (split
 * batches help find the bad one), and parks what keeps failing in a dead-letter queue.
 * <p>
 * Written as a plain event source mapping, not CDK's DynamoEventSource, so that it grants the
 * function nothing: the function's permissions are listed in {@link ScofactsStack}, once.
 */
final class ArticleStreamTrigger extends Construct {

    static final String INSERTS_OF_NEW_ARTICLES = "{\"eventName\":[\"INSERT\"],\"dynamodb\":{\"Keys\":{\"part\":{\"N\":[\"0\"]}}}}";

    final Queue deadLetterQueue;

    ArticleStreamTrigger(Construct scope, String id, Table articles, ServiceFunction extract) {
        super(scope, id);
        deadLetterQueue = Queue.Builder.create(this, "DeadLetterQueue")
                .retentionPeriod(Duration.days(14))
                .encryption(QueueEncryption.SQS_MANAGED)
                .build();
        CfnEventSourceMapping mapping = CfnEventSourceMapping.Builder.create(this, "ArticleInserted")
                .functionName(extract.alias.getFunctionArn())
                .eventSourceArn(articles.getTableStreamArn())
                .startingPosition("TRIM_HORIZON")
                .batchSize(10)
                .maximumBatchingWindowInSeconds(1)
                .maximumRetryAttempts(3)
                .bisectBatchOnFunctionError(true)
                .maximumRecordAgeInSeconds(86400)
                .functionResponseTypes(List.of("ReportBatchItemFailures"))
                .filterCriteria(CfnEventSourceMapping.FilterCriteriaProperty.builder()
                        .filters(List.of(CfnEventSourceMapping.FilterProperty.builder()
                                .pattern(INSERTS_OF_NEW_ARTICLES).build()))
                        .build())
                .destinationConfig(CfnEventSourceMapping.DestinationConfigProperty.builder()
                        .onFailure(CfnEventSourceMapping.OnFailureProperty.builder()
                                .destination(deadLetterQueue.getQueueArn()).build())
                        .build())
                .build();
        // Lambda checks the stream permissions when the mapping is created.
        mapping.getNode().addDependency(extract.role);
    }
}
