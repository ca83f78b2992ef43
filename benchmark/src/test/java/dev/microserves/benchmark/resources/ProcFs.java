package dev.microserves.benchmark.resources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** What Linux's {@code /proc} says about a process: who listens on a port, its CPU time, its memory. */
final class ProcFs {

    /** Clock ticks per second of {@code /proc/<pid>/stat} (USER_HZ, 100 on every Linux in use). */
    private static final double TICKS_PER_SECOND = 100.0;
    private static final Path PROC = Path.of("/proc");

    private ProcFs() {
    }

    /** The process listening on a TCP port on this machine, if any. */
    static Optional<Long> listener(int port) {
        Set<String> inodes = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : lines(Path.of(table))) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 9 && f[1].contains(":") && "0A".equals(f[3])
                        && Integer.parseInt(f[1].substring(f[1].lastIndexOf(':') + 1), 16) == port) {
                    inodes.add("socket:[" + f[9] + "]");
                }
            }
        }
        if (inodes.isEmpty()) {
            return Optional.empty();
        }
        for (long pid : pids()) {
            try (Stream<Path> fds = Files.list(PROC.resolve(pid + "/fd"))) {
                if (fds.anyMatch(fd -> inodes.contains(readLink(fd)))) {
                    return Optional.of(pid);
                }
            } catch (IOException | RuntimeException gone) {
                // the process ended, or is not ours to read
            }
        }
        return Optional.empty();
    }

    /** The process and every descendant still running (e.g. PostgreSQL's postmaster and its backends). */
    static List<Long> withDescendants(long root) {
        List<Long> all = new ArrayList<>(List.of(root));
        ProcessHandle.of(root).ifPresent(p -> p.descendants().forEach(d -> all.add(d.pid())));
        return all;
    }

    /** User plus system CPU time, in milliseconds; 0 for a process that is gone. */
    static double cpuMillis(long pid) {
        String[] f = statFields(pid);
        return f == null ? 0 : (Long.parseLong(f[13]) + Long.parseLong(f[14])) * 1000 / TICKS_PER_SECOND;
    }

    /**
     * CPU time of a process tree: the process, its live descendants, and the children it already
     * reaped (which is how PostgreSQL's postmaster keeps its exited backends' time).
     */
    static double treeCpuMillis(long root) {
        String[] f = statFields(root);
        double reaped = f == null ? 0 : (Long.parseLong(f[15]) + Long.parseLong(f[16])) * 1000 / TICKS_PER_SECOND;
        return reaped + withDescendants(root).stream().mapToDouble(ProcFs::cpuMillis).sum();
    }

    /** When the process started, to about 10 ms. */
    static Instant startedAt(long pid) {
        String[] f = statFields(pid);
        if (f == null) {
            throw new IllegalStateException("process " + pid + " is gone");
        }
        double uptime = Double.parseDouble(lines(Path.of("/proc/uptime")).get(0).split("\\s+")[0]);
        double ageSeconds = uptime - Long.parseLong(f[21]) / TICKS_PER_SECOND;
        return Instant.now().minusMillis(Math.round(ageSeconds * 1000));
    }

    /** Resident set size in MiB ({@code VmRSS}). */
    static double rssMib(long pid) {
        return statusKib(pid, "VmRSS:") / 1024.0;
    }

    /**
     * Proportional set size in MiB: shared pages split among the processes sharing them, so that
     * PostgreSQL's processes can be summed without counting its shared buffers once per backend.
     */
    static double pssMib(long pid) {
        for (String line : lines(PROC.resolve(pid + "/smaps_rollup"))) {
            if (line.startsWith("Pss:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return 0;
    }

    static String describe(long pid) {
        String cmd = String.join(" ", lines(PROC.resolve(pid + "/cmdline"))).replace('\0', ' ');
        return String.format(Locale.ROOT, "pid %d (%s)", pid, cmd.length() > 60 ? cmd.substring(0, 60) + "..." : cmd);
    }

    private static long statusKib(long pid, String key) {
        for (String line : lines(PROC.resolve(pid + "/status"))) {
            if (line.startsWith(key)) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return 0;
    }

    /** The fields of {@code /proc/<pid>/stat} after the command name (which may hold spaces), from field 1. */
    private static String[] statFields(long pid) {
        List<String> stat = lines(PROC.resolve(pid + "/stat"));
        if (stat.isEmpty()) {
            return null;
        }
        String line = stat.get(0);
        String[] rest = line.substring(line.lastIndexOf(')') + 2).split(" ");
        String[] fields = new String[rest.length + 2];
        fields[0] = Long.toString(pid);
        fields[1] = "comm";
        System.arraycopy(rest, 0, fields, 2, rest.length);
        return fields;
    }

    private static List<Long> pids() {
        try (Stream<Path> entries = Files.list(PROC)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc", e);
        }
    }

    private static String readLink(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException gone) {
            return "";
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException | RuntimeException gone) {
            return List.of();
        }
    }
}
