package io.scofacts.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JVM of the packaged application (target/quarkus-app, what `java -jar` runs), started by a
 * test with the README's heap limit and the given system properties, read from its output
 * until it says where it listens. Stopped with SIGTERM (its shutdown hooks run), else killed.
 */
final class ServiceProcess implements AutoCloseable {

    static final Path APP = Path.of(System.getProperty("scofacts.app-dir", "target/quarkus-app"));
    /** The heap the README's run commands give a local run (docs/reliability.md says why). */
    static final String HEAP = "-Xmx512m";
    private static final Duration START_LIMIT = Duration.ofSeconds(120);
    private static final Pattern LISTENING = Pattern.compile("Listening on: (http://\\S+)");

    private final Process process;
    private final List<String> output = new ArrayList<>();
    private URI base;

    private ServiceProcess(List<String> command, Map<String, String> environment, Pattern ready) {
        if (!Files.exists(APP.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(APP + " holds no packaged application: run the integration tests with "
                    + "./mvnw verify (they need the package phase)");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        Thread reader = new Thread(this::readOutput, "output-of-" + process.pid());
        reader.setDaemon(true);
        reader.start();
        awaitLine(ready, START_LIMIT);
    }

    /** The service with its embedded DynamoDB Local, or configured by {@code properties}. */
    static ServiceProcess start(Map<String, String> properties) {
        List<String> command = new ArrayList<>(List.of(java(), HEAP, "-Dquarkus.http.port=0",
                "-Xlog:gc:file=" + logFolder().resolve("gc-" + System.nanoTime() + ".log")));
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.addAll(List.of("-jar", APP.resolve("quarkus-run.jar").toString()));
        ServiceProcess service = new ServiceProcess(command, Map.of(), LISTENING);
        Matcher listening = LISTENING.matcher(service.line(LISTENING));
        listening.find();
        service.base = URI.create(listening.group(1));
        return service;
    }

    /** Another main class of the packaged application, on its classpath. */
    static ServiceProcess startMain(String mainClass, List<String> jvmArguments, Map<String, String> environment,
            Pattern ready) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmArguments);
        command.addAll(List.of("-cp", APP.resolve("app") + "/*:" + APP.resolve("lib/main") + "/*:"
                + APP.resolve("lib/boot") + "/*", mainClass));
        return new ServiceProcess(command, environment, ready);
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    URI base() {
        return base;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    synchronized String output() {
        return String.join("\n", output);
    }

    /** Keeps what the process printed in target/it-logs, for reading after a run. */
    synchronized void saveOutput(String name) {
        try {
            Files.writeString(logFolder().resolve(name), output() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path logFolder() {
        try {
            return Files.createDirectories(APP.toAbsolutePath().getParent().resolve("it-logs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first output line that {@code pattern} finds something in. */
    synchronized String line(Pattern pattern) {
        return output.stream().filter(l -> pattern.matcher(l).find()).findFirst()
                .orElseThrow(() -> new AssertionError("no line matching " + pattern + " in:\n" + output()));
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (this) {
                    output.add(line);
                    notifyAll();
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    private synchronized void awaitLine(Pattern pattern, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (output.stream().noneMatch(l -> pattern.matcher(l).find())) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !process.isAlive()) {
                process.destroyForcibly();
                throw new AssertionError("process did not print " + pattern + " within " + limit + ":\n" + output());
            }
            try {
                wait(Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1, 500));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** SIGKILL: no shutdown hook, no flush; what was acknowledged must survive this. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGSTOP / SIGCONT: the process keeps its sockets, and the kernel keeps accepting for it. */
    void signal(String name) {
        try {
            int exit = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kill -" + name + " " + process.pid() + " exited with " + exit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        signal("CONT"); // a frozen process cannot run its shutdown hooks
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }
}
