package io.scofacts.api;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.scofacts.app.OverloadedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
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
 * <li>new work (submitArticle) is refused once {@code new-work-share} of {@code max-in-flight}
 * is taken, or while as many other requests (extractions of articles already stored, reads)
 * wait for their turn as {@code max-follow-ups-waiting} allows (unset, as many as can run at
 * once): under overload the service
 * finishes the work it took on (a stored article is extracted) instead of storing articles
 * whose extraction it then has to refuse;</li>
 * <li>a request that could not start within {@code max-wait-ms} of its arrival is refused
 * the same way rather than answered after its caller has given up.</li>
 * </ul>
 * (On Lambda each instance serves one request at a time; concurrency there is Lambda's, and
 * API Gateway's throttling answers 429.)
 */
@ApplicationScoped
public class Admission {

    private static final String ARRIVED = "scofacts.arrivedAt";
    /** Set on a request other than new work while it waits for a permit. */
    private static final String WAITING_FOLLOW_UP = "scofacts.waitingFollowUp";

    @ConfigProperty(name = "scofacts.admission.concurrency", defaultValue = "16")
    int concurrency;

    @ConfigProperty(name = "scofacts.admission.max-follow-ups-waiting")
    Optional<Integer> maxFollowUpsWaitingSetting;

    @ConfigProperty(name = "scofacts.admission.max-in-flight", defaultValue = "256")
    int maxInFlight;

    @ConfigProperty(name = "scofacts.admission.new-work-share", defaultValue = "0.75")
    double newWorkShare;

    @ConfigProperty(name = "scofacts.admission.max-wait-ms", defaultValue = "30000")
    long maxWaitMillis;

    @ConfigProperty(name = "scofacts.admission.retry-after-seconds", defaultValue = "1")
    int retryAfterSeconds;

    @Inject
    CurrentVertxRequest currentRequest;

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger followUpsWaiting = new AtomicInteger();
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
        boolean newWork = FunctionNames.isNewWork(ctx.request().path());
        int limit = newWork ? (int) Math.ceil(maxInFlight * newWorkShare) : maxInFlight;
        if (newWork && followUpsWaiting.get() >= maxFollowUpsWaiting()) {
            ctx.fail(overloaded());
            return;
        }
        if (inFlight.incrementAndGet() > limit) {
            inFlight.decrementAndGet();
            ctx.fail(overloaded());
            return;
        }
        ctx.put(ARRIVED, System.nanoTime());
        if (!newWork) {
            followUpsWaiting.incrementAndGet();
            ctx.put(WAITING_FOLLOW_UP, Boolean.TRUE);
        }
        ctx.addEndHandler(ended -> {
            startedWaiting(ctx);
            inFlight.decrementAndGet();
        });
        ctx.next();
    }

    /** The request no longer waits for a permit (it got one, was refused or ended): counted out once. */
    private void startedWaiting(RoutingContext ctx) {
        if (ctx != null && ctx.remove(WAITING_FOLLOW_UP) != null) {
            followUpsWaiting.decrementAndGet();
        }
    }

    /** Takes a permit to run, waiting for one until {@code max-wait-ms} after the request arrived. */
    void enter() {
        RoutingContext ctx = currentContext();
        try {
            enter(arrival(ctx));
        } finally {
            startedWaiting(ctx);
        }
    }

    /** For a route of our own (not a Funqy function): the context is at hand. */
    void enter(RoutingContext ctx) {
        Long arrived = ctx.get(ARRIVED);
        try {
            enter(arrived == null ? System.nanoTime() : arrived);
        } finally {
            startedWaiting(ctx);
        }
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

    /** Requests other than new work that wait for their turn. */
    public int followUpsWaiting() {
        return followUpsWaiting.get();
    }

    /** Requests accepted and not yet answered (running or waiting). */
    public int inFlight() {
        return inFlight.get();
    }

    /** Other requests waiting for a permit at which new work is refused. */
    int maxFollowUpsWaiting() {
        return maxFollowUpsWaitingSetting.orElse(concurrency);
    }

    private OverloadedException overloaded() {
        return new OverloadedException("the service is busy with other requests; send this one again in "
                + retryAfterSeconds + " s", retryAfterSeconds);
    }

    /** When the HTTP request arrived; now when the call did not come over HTTP. */
    private static long arrival(RoutingContext ctx) {
        Long arrived = ctx == null ? null : ctx.get(ARRIVED);
        return arrived == null ? System.nanoTime() : arrived;
    }

    private RoutingContext currentContext() {
        try {
            return currentRequest.getCurrent();
        } catch (ContextNotActiveException notAnHttpRequest) {
            return null;
        }
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
