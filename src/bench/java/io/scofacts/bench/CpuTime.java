package io.scofacts.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU seconds (user + system) used so far by this process or, on Linux, by another one. */
final class CpuTime {

    /** Clock ticks per second of /proc/PID/stat's times: USER_HZ, 100 on every Linux platform Java runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private CpuTime() {
    }

    static double ofThisProcess() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    /** NaN when {@code pid} is null or its stat file cannot be read. */
    static double ofProcess(String pid) {
        if (pid == null) {
            return Double.NaN;
        }
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            // the command name, in parentheses, may hold spaces: fields are counted after it
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
