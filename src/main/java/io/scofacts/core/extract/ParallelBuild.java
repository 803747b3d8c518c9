package io.scofacts.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Builds independent parts of the pipeline on two threads: the calling one and one helper, each
 * taking the next unbuilt part. A fresh process spends its first second building lexicons while
 * the JIT compilers run beside it; on two cores a single builder gets about half the machine, two
 * get most of it. With one core, or a single part, everything is built on the calling thread.
 */
final class ParallelBuild {

    private ParallelBuild() {
    }

    /** Each builder's result, in the builders' order; the first failure is rethrown. */
    static <T> List<T> all(List<? extends Supplier<? extends T>> builders) {
        Object[] built = new Object[builders.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < built.length && failure.get() == null; i = next.getAndIncrement()) {
                try {
                    built[i] = builders.get(i).get();
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                }
            }
        };
        Thread helper = null;
        if (builders.size() > 1 && Runtime.getRuntime().availableProcessors() > 1) {
            helper = new Thread(worker, "scofacts-build");
            helper.setDaemon(true);
            helper.start();
        }
        worker.run();
        if (helper != null) {
            join(helper);
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException("building the pipeline failed", t);
        }
        List<T> result = new ArrayList<>(built.length);
        for (Object part : built) {
            @SuppressWarnings("unchecked")
            T typed = (T) part;
            result.add(typed);
        }
        return result;
    }

    private static void join(Thread helper) {
        boolean interrupted = false;
        while (true) {
            try {
                helper.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
