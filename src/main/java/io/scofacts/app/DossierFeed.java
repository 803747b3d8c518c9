package io.scofacts.app;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.scofacts.storage.StorageOutages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Hands stored FactSheets to {@link DossierUpdates}, off the extraction's path.
 * <p>
 * {@code scofacts.dossiers.updates=stream} (the Lambdas in AWS): nothing to do here, the
 * FactSheets and cases tables' streams drive the updates. {@code local} (local runs, the
 * packaged jar, tests): the same two steps run on a few background threads of this process,
 * the local equivalent of the streams:
 * <ul>
 * <li>an article's sheet waits in a queue keyed by article: a newer sheet of the same article
 * replaces the waiting one, and one article is applied by one thread at a time;</li>
 * <li>the cases and events an article changed wait in a set keyed by id: however many
 * articles changed one case meanwhile, it is refreshed once, by one thread at a time, after a
 * short wait that lets changes gather (and never longer than {@code max-refresh-delay-ms}
 * while articles keep coming);</li>
 * <li>a failed step is retried with back-off; after {@code max-attempts} it is logged and
 * dropped (extracting the article again repeats it). A storage outage does not count as a
 * failure: the work waits for DynamoDB to return, so summaries catch up after it.</li>
 * </ul>
 * Reads wait, at most {@code read-barrier-ms}, until the work queued before them is done, so
 * a summary read after an extraction was answered includes it. Work still queued when the
 * process stops is lost (the FactSheets are stored: extracting the article again after a
 * new extractor version redoes it).
 */
@ApplicationScoped
public class DossierFeed {

    private static final Logger LOG = Logger.getLogger(DossierFeed.class);
    static final String LOCAL = "local";
    static final String STREAM = "stream";
    private static final long MILLI = 1_000_000L;
    /** Back-off doubles from 100 ms up to 50 ms << 6 = 3.2 s between attempts. */
    private static final int MAX_DOUBLINGS = 6;

    @ConfigProperty(name = "scofacts.dossiers.updates", defaultValue = LOCAL)
    String mode;

    @ConfigProperty(name = "scofacts.dossiers.local.workers", defaultValue = "2")
    int workers;

    @ConfigProperty(name = "scofacts.dossiers.local.max-backlog", defaultValue = "2000")
    int maxBacklog;

    @ConfigProperty(name = "scofacts.dossiers.local.refresh-delay-ms", defaultValue = "20")
    long refreshDelayMillis;

    @ConfigProperty(name = "scofacts.dossiers.local.max-refresh-delay-ms", defaultValue = "250")
    long maxRefreshDelayMillis;

    @ConfigProperty(name = "scofacts.dossiers.local.read-barrier-ms", defaultValue = "3000")
    long readBarrierMillis;

    @ConfigProperty(name = "scofacts.dossiers.local.max-attempts", defaultValue = "5")
    int maxAttempts;

    @Inject
    DossierUpdates updates;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    /** Articles waiting, oldest first; one entry per article. */
    private final LinkedHashMap<String, Work<StoredSheet>> articles = new LinkedHashMap<>();
    /** Cases and events waiting for a refresh, oldest first; one entry per id, with the articles whose share changed. */
    private final LinkedHashMap<String, Work<Set<String>>> dossiers = new LinkedHashMap<>();
    private final Set<String> running = new HashSet<>();
    /** How many queued or running pieces of work hold each ticket; a read waits for the tickets before it. */
    private final TreeMap<Long, Integer> tickets = new TreeMap<>();
    private long lastTicket;
    private boolean stopping;
    private final List<Thread> threads = new ArrayList<>();

    /** One piece of waiting work: the tickets it settles, when it may run, how often it failed. */
    private static final class Work<P> {
        P payload;
        final List<Long> tickets = new ArrayList<>();
        long queuedAt;
        long notBefore;
        int failures;
        int outages;
    }

    public boolean isLocal() {
        return LOCAL.equals(mode);
    }

    void onStart(@Observes StartupEvent event) {
        if (!LOCAL.equals(mode) && !STREAM.equals(mode)) {
            throw new IllegalStateException("scofacts.dossiers.updates must be local or stream, not " + mode);
        }
        if (!isLocal()) {
            return;
        }
        for (int i = 0; i < workers; i++) {
            Thread thread = new Thread(this::work, "dossier-updates-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    /** Lets queued work finish (a few seconds at most), then stops the threads. */
    void onStop(@Observes ShutdownEvent event) {
        if (!isLocal()) {
            return;
        }
        awaitCaughtUp();
        lock.lock();
        try {
            stopping = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        for (Thread thread : threads) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A FactSheet was stored: apply it to its cases and events soon. */
    public void sheetStored(StoredSheet sheet) {
        if (!isLocal()) {
            return;
        }
        lock.lock();
        try {
            long ticket = ++lastTicket;
            tickets.merge(ticket, 1, Integer::sum);
            Work<StoredSheet> work = articles.computeIfAbsent(sheet.sheet().articleId(), id -> newWork(System.nanoTime()));
            if (work.payload == null || work.payload.revision() <= sheet.revision()) {
                work.payload = sheet;
            }
            work.tickets.add(ticket);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * True when so many sheets wait to be applied that accepting more would let summaries fall
     * minutes behind: new extractions are refused (503) until the backlog shrinks.
     */
    public boolean backlogFull() {
        return backlogAtLeast(maxBacklog);
    }

    /**
     * True a little before {@link #backlogFull}: new articles are refused first, so the articles
     * already stored can still be extracted.
     */
    public boolean backlogNearlyFull() {
        return backlogAtLeast(maxBacklog * 3 / 4);
    }

    private boolean backlogAtLeast(int size) {
        if (!isLocal()) {
            return false;
        }
        lock.lock();
        try {
            return articles.size() >= size;
        } finally {
            lock.unlock();
        }
    }

    /** Waits (at most the read barrier) until the work queued before this call is done. */
    public void awaitCaughtUp() {
        if (!isLocal()) {
            return;
        }
        long deadline = System.nanoTime() + readBarrierMillis * MILLI;
        lock.lock();
        try {
            long target = lastTicket;
            while (!tickets.isEmpty() && tickets.firstKey() <= target && !stopping) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                changed.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    private void work() {
        while (true) {
            Task task = next();
            if (task == null) {
                return;
            }
            try {
                if (task.article != null) {
                    Set<String> touched = updates.applyArticle(task.article.payload);
                    articleDone(task.key, task.article, touched);
                } else {
                    updates.refresh(task.key, task.dossier.payload);
                    dossierDone(task.key, task.dossier);
                }
            } catch (RuntimeException e) {
                failed(task, e);
            }
        }
    }

    private record Task(String key, Work<StoredSheet> article, Work<Set<String>> dossier) {
    }

    /** The next piece of work, waiting for one; null when stopping with nothing left. */
    private Task next() {
        lock.lock();
        try {
            while (true) {
                long now = System.nanoTime();
                String dueDossier = null;
                long wake = Long.MAX_VALUE;
                for (Map.Entry<String, Work<Set<String>>> entry : dossiers.entrySet()) {
                    if (running.contains(entry.getKey())) {
                        continue;
                    }
                    Work<Set<String>> work = entry.getValue();
                    long ready = Math.max(work.notBefore, work.queuedAt + refreshDelayMillis * MILLI);
                    if (ready <= now) {
                        dueDossier = entry.getKey();
                        break;
                    }
                    wake = Math.min(wake, ready);
                }
                String dueArticle = null;
                for (Map.Entry<String, Work<StoredSheet>> entry : articles.entrySet()) {
                    if (running.contains(entry.getKey())) {
                        continue;
                    }
                    if (entry.getValue().notBefore <= now) {
                        dueArticle = entry.getKey();
                        break;
                    }
                    wake = Math.min(wake, entry.getValue().notBefore);
                }
                boolean dossierOverdue = dueDossier != null
                        && dossiers.get(dueDossier).queuedAt + maxRefreshDelayMillis * MILLI <= now;
                if (dueDossier != null && (dueArticle == null || dossierOverdue)) {
                    running.add(dueDossier);
                    return new Task(dueDossier, null, dossiers.remove(dueDossier));
                }
                if (dueArticle != null) {
                    running.add(dueArticle);
                    return new Task(dueArticle, articles.remove(dueArticle), null);
                }
                if (stopping && articles.isEmpty() && dossiers.isEmpty()) {
                    return null;
                }
                if (wake == Long.MAX_VALUE) {
                    changed.await();
                } else {
                    changed.awaitNanos(wake - now);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            lock.unlock();
        }
    }

    /** The article's tickets pass to the cases and events it changed, which settle them when refreshed. */
    private void articleDone(String articleId, Work<StoredSheet> work, Set<String> touched) {
        lock.lock();
        try {
            long now = System.nanoTime();
            for (String id : touched) {
                Work<Set<String>> refresh = dossiers.computeIfAbsent(id, key -> newWork(now));
                if (refresh.payload == null) {
                    refresh.payload = new LinkedHashSet<>();
                }
                refresh.payload.add(articleId);
                refresh.tickets.addAll(work.tickets);
                work.tickets.forEach(ticket -> tickets.merge(ticket, 1, Integer::sum));
            }
            settle(work.tickets);
            running.remove(articleId);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void dossierDone(String id, Work<Set<String>> work) {
        lock.lock();
        try {
            settle(work.tickets);
            running.remove(id);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Back into its queue, after a pause that doubles with each failure; dropped after the last attempt. */
    private void failed(Task task, RuntimeException e) {
        Work<?> work = task.article != null ? task.article : task.dossier;
        boolean outage = StorageOutages.isOutage(e);
        lock.lock();
        try {
            running.remove(task.key);
            if (outage) {
                // DynamoDB being away is not this work's fault: it waits for storage to return,
                // however long that takes, instead of being dropped after a few quick attempts.
                work.outages++;
            } else {
                work.failures++;
            }
            if (work.failures >= maxAttempts) {
                LOG.errorf(e, "gave up updating %s after %d attempts; extract the article again to repeat it",
                        task.key, work.failures);
                settle(work.tickets);
            } else {
                LOG.warnf("updating %s failed (%s), will retry: %s", task.key,
                        outage ? "storage unavailable" : "attempt " + work.failures, e.toString());
                int doublings = Math.min(work.failures + work.outages, MAX_DOUBLINGS);
                work.notBefore = System.nanoTime() + (50L << doublings) * MILLI;
                if (task.article != null) {
                    requeue(articles, task.key, task.article, (waiting, failedWork) -> {
                        if (waiting.payload.revision() < failedWork.payload.revision()) {
                            waiting.payload = failedWork.payload;
                        }
                    });
                } else {
                    requeue(dossiers, task.key, task.dossier, (waiting, failedWork) -> waiting.payload.addAll(failedWork.payload));
                }
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Puts failed work back; if newer work for the key came meanwhile, the two become one. */
    private static <P> void requeue(LinkedHashMap<String, Work<P>> queue, String key, Work<P> work,
            BiConsumer<Work<P>, Work<P>> merge) {
        Work<P> waiting = queue.get(key);
        if (waiting == null) {
            queue.put(key, work);
            return;
        }
        merge.accept(waiting, work);
        waiting.tickets.addAll(work.tickets);
        waiting.failures = Math.max(waiting.failures, work.failures);
        waiting.outages = Math.max(waiting.outages, work.outages);
        waiting.notBefore = Math.max(waiting.notBefore, work.notBefore);
    }

    private void settle(List<Long> settled) {
        for (Long ticket : settled) {
            tickets.computeIfPresent(ticket, (t, holders) -> holders == 1 ? null : holders - 1);
        }
    }

    private static <P> Work<P> newWork(long now) {
        Work<P> work = new Work<>();
        work.queuedAt = now;
        return work;
    }

    /** For tests and the benchmark's report: articles and dossiers waiting or running. */
    public int pending() {
        lock.lock();
        try {
            return articles.size() + dossiers.size() + running.size();
        } finally {
            lock.unlock();
        }
    }
}
