package io.scofacts.storage;

import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;

/**
 * Bounds the time one request waits for DynamoDB over all its calls, not just per call: an
 * extraction makes a dozen calls, and a DynamoDB that answers each just inside the client's
 * timeouts (just restarted, or catching up after a freeze) would otherwise keep a caller
 * waiting for many seconds. Every call of the DynamoDB client passes here (registered as the
 * client's execution interceptor in application.properties): within a request, unless the
 * call sets its own timeouts, its timeouts
 * shrink to what is left of {@code scofacts.dynamodb.storage-time-per-request}, and once that
 * is spent the call fails at once as an outage, which the caller gets as a 503.
 */
@ApplicationScoped
@Unremovable // the DynamoDB client looks it up by the class name in quarkus.dynamodb.interceptors
public class StorageTimeBudget implements ExecutionInterceptor {

    private static final ExecutionAttribute<Long> STARTED = new ExecutionAttribute<>("scofacts.storage-call-started");
    /** Less than this left is not worth a call. */
    private static final long LEAST_NANOS = Duration.ofMillis(20).toNanos();

    @Inject
    DynamoDbSettings settings;

    @ConfigProperty(name = "quarkus.dynamodb.api-call-timeout")
    Optional<Duration> callTimeout;

    @ConfigProperty(name = "quarkus.dynamodb.api-call-attempt-timeout")
    Optional<Duration> attemptTimeout;

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        StorageTime spent = currentRequest();
        if (spent == null || !(context.request() instanceof DynamoDbRequest request) || setsItsOwnTimeout(request)) {
            return context.request();
        }
        long left = settings.storageTimePerRequest().toNanos() - spent.spentNanos();
        if (left < LEAST_NANOS) {
            throw SdkClientException.create("this request has spent its " + settings.storageTimePerRequest().toMillis()
                    + " ms of storage time");
        }
        Duration call = shorter(Duration.ofNanos(left), callTimeout);
        Duration attempt = shorter(call, attemptTimeout);
        AwsRequestOverrideConfiguration.Builder override = request.overrideConfiguration()
                .map(AwsRequestOverrideConfiguration::toBuilder).orElseGet(AwsRequestOverrideConfiguration::builder);
        override.apiCallTimeout(call).apiCallAttemptTimeout(attempt);
        attributes.putAttribute(STARTED, System.nanoTime());
        return request.toBuilder().overrideConfiguration(override.build()).build();
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        account(attributes);
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        account(attributes);
    }

    private void account(ExecutionAttributes attributes) {
        Long started = attributes.getAttribute(STARTED);
        StorageTime spent = currentRequest();
        if (started != null && spent != null) {
            spent.add(System.nanoTime() - started);
        }
    }

    /** Start-up work (TableProvisioner, StoragePriming) sets its own, longer limits; nobody waits for it. */
    private static boolean setsItsOwnTimeout(DynamoDbRequest request) {
        return request.overrideConfiguration().flatMap(AwsRequestOverrideConfiguration::apiCallTimeout).isPresent();
    }

    private static StorageTime currentRequest() {
        return Arc.container() != null && Arc.container().requestContext().isActive()
                ? Arc.container().instance(StorageTime.class).get() : null;
    }

    private static Duration shorter(Duration duration, Optional<Duration> limit) {
        return limit.filter(l -> l.compareTo(duration) < 0).orElse(duration);
    }
}
