package io.scofacts.api;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.scofacts.app.OverloadedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the service answering when more requests come than it can serve, by a bounded queue:
 * <ul>
 * <li>at most {@code concurrency} functions run at once (more would only share the same CPU
 * and make each one slower); the others wait their turn in arrival order;</li>
 * <li>at most {@code max-in-flight} function requests are accepted at a time, waiting ones
 * included: a burst of a few hundred is queued and served, but beyond that a request is
 * refused at once, on the event loop, with 503 and Retry-After. A refusal costs almost
 * nothing, so under sustained overload the service keeps doing as much work per second as
 * the machine allows instead of letting the queue, and every answer's delay, grow without
 * end;</li>
 * <li>a request that could not start within {@code max-wait-ms} of its arrival is refused
 * the same way rather than answered after its caller has given up.</li>
 * </ul>
 * (On Lambda each instance serves one request at a time; concurrency there is Lambda's, and
 * API Gateway's throttling answers 429.)
 */
@ApplicationScoped
public class Admission {

    private static final String ARRIVED = "scofacts.arrivedAt";

    @ConfigProperty(name = "scofacts.admission.concurrency", defaultValue = "16")
    int concurrency;

    @ConfigProperty(name = "scofacts.admission.max-in-flight", defaultValue = "256")
    int maxInFlight;

    @ConfigProperty(name = "scofacts.admission.max-wait-ms", defaultValue = "30000")
    long maxWaitMillis;

    @ConfigProperty(name = "scofacts.admission.retry-after-seconds", defaultValue = "1")
    int retryAfterSeconds;

    @Inject
    CurrentVertxRequest currentRequest;

    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile Semaphore permits;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::admitToQueue);
    }

    /** On the event loop, before anything else reads the request: count it in, or refuse it at once. */
    private void admitToQueue(RoutingContext ctx) {
        if (!FunctionNames.isFunctionPath(ctx.request().path())) {
            ctx.next();
            return;
        }
        if (inFlight.incrementAndGet() > maxInFlight) {
            inFlight.decrementAndGet();
            ctx.fail(overloaded());
            return;
        }
        ctx.put(ARRIVED, System.nanoTime());
        ctx.addEndHandler(ended -> inFlight.decrementAndGet());
        ctx.next();
    }

    /** Takes a permit to run, waiting for one until {@code max-wait-ms} after the request arrived. */
    void enter() {
        enter(arrival());
    }

    /** For a route of our own (not a Funqy function): the context is at hand. */
    void enter(RoutingContext ctx) {
        Long arrived = ctx.get(ARRIVED);
        enter(arrived == null ? System.nanoTime() : arrived);
    }

    private void enter(long arrivedAt) {
        long budget = TimeUnit.MILLISECONDS.toNanos(maxWaitMillis) - (System.nanoTime() - arrivedAt);
        boolean admitted;
        try {
            admitted = budget > 0 && permits().tryAcquire(budget, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw overloaded();
        }
    }

    void leave() {
        permits().release();
    }

    /** Requests accepted and not yet answered (running or waiting). */
    public int inFlight() {
        return inFlight.get();
    }

    private OverloadedException overloaded() {
        return new OverloadedException("the service is busy with other requests; send this one again in "
                + retryAfterSeconds + " s", retryAfterSeconds);
    }

    /** When the HTTP request arrived; now when the call did not come over HTTP. */
    private long arrival() {
        RoutingContext ctx;
        try {
            ctx = currentRequest.getCurrent();
        } catch (ContextNotActiveException notAnHttpRequest) {
            ctx = null;
        }
        Long arrived = ctx == null ? null : ctx.get(ARRIVED);
        return arrived == null ? System.nanoTime() : arrived;
    }

    private Semaphore permits() {
        Semaphore current = permits;
        if (current == null) {
            synchronized (this) {
                if (permits == null) {
                    permits = new Semaphore(concurrency, true);
                }
                current = permits;
            }
        }
        return current;
    }
}
