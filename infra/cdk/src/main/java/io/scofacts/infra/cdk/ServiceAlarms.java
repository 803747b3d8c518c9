package io.scofacts.infra.cdk;

import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

/** What to watch (docs/deploy.md): parked stream records, throttling, a stream falling behind; all to one topic. */
final class ServiceAlarms extends Construct {

    private static final Duration PERIOD = Duration.minutes(5);

    final Topic topic;

    ServiceAlarms(Construct scope, String id) {
        super(scope, id);
        topic = Topic.Builder.create(this, "AlarmTopic").build();
    }

    void deadLetters(Queue queue) {
        alarm("DeadLetterQueueAlarm", "Stream records whose processing kept failing (extraction, or a case or event update) "
                + "are waiting in the dead-letter queue.",
                queue.metricApproximateNumberOfMessagesVisible(options("Maximum")), 0);
    }

    void throttles(String id, ServiceFunction lambda, String description) {
        alarm(id, description, lambda.function.metricThrottles(options("Sum")), 0);
    }

    void streamLag(String id, ServiceFunction lambda, String description, double thresholdMillis) {
        alarm(id, description, lambda.function.metric("IteratorAge", options("Maximum")), thresholdMillis);
    }

    void apiRefusals(String apiId) {
        alarm("ApiThrottleAlarm", "The API refused requests over its throttling limits (many 4xx; read the access log for 429s).",
                Metric.Builder.create().namespace("AWS/ApiGateway").metricName("4xx")
                        .dimensionsMap(Map.of("ApiId", apiId)).statistic("Sum").period(PERIOD).build(), 100);
    }

    private void alarm(String id, String description, IMetric metric, double threshold) {
        Alarm.Builder.create(this, id)
                .alarmDescription(description)
                .metric(metric)
                .threshold(threshold)
                .evaluationPeriods(1)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build()
                .addAlarmAction(new SnsAction(topic));
    }

    private static MetricOptions options(String statistic) {
        return MetricOptions.builder().statistic(statistic).period(PERIOD).build();
    }
}
