package org.krait.runtime.launcher;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import sun.misc.Signal;

/**
 * Runs a {@code krait compile} jar in a second JVM started with the flags Python programs need,
 * when a plain {@code java -jar APP.jar} started it with the JVM's defaults (ADR 0017).
 *
 * <p>A jar cannot choose its JVM's options, and the defaults cost Python programs about a sixth
 * of their time: G1's write barrier on every reference stored into a long-lived list, dict or
 * object, and G1's eager young-generation growth. So the first JVM only decides, starts the
 * second with {@link #FLAGS} and the same jar and arguments, sharing stdin, stdout and stderr,
 * and exits with its status. Whoever passes JVM options of their own ({@code java -Xmx2g -jar},
 * {@code -cp}, an agent, {@code JAVA_TOOL_OPTIONS}) has chosen, and the program runs in the first
 * JVM; so does everything when {@code KRAIT_NO_RELAUNCH} is set.
 */
final class Relaunch {
    /** System property that marks the second JVM, so it never starts a third. */
    static final String MARK = "krait.relaunched";
    /**
     * The serial collector: no concurrent-marking write barrier, a young generation of fixed
     * size that stays in cache. Measured over the suite (benchmarks/README.md): 1.18x the speed
     * of G1 on the geometric mean, and better than the parallel collector on two cores.
     */
    private static final List<String> FLAGS = List.of("-XX:+UseSerialGC");
    private static final long PARENT_POLL_MS = 200;
    /** Environment variables through which a user hands the JVM options of their own. */
    private static final String[] OPTION_ENVS = {"JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"};

    private Relaunch() {
    }

    /** The second JVM's exit status, or empty when the program should run in this JVM. */
    static OptionalInt run(String[] args) {
        if (System.getProperty(MARK) != null) {
            watchParent();
            return OptionalInt.empty();
        }
        List<String> command = command(args);
        if (command == null) {
            return OptionalInt.empty();
        }
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | UnsupportedOperationException e) {
            return OptionalInt.empty(); // no second JVM to be had: run here, with the defaults
        }
        forwardSignals(child);
        while (true) {
            try {
                return OptionalInt.of(child.waitFor());
            } catch (InterruptedException e) {
                // nothing interrupts this thread on purpose; keep waiting for the program's end
            }
        }
    }

    /** {@code java FLAGS -jar THIS.jar ARGS}, or null when this JVM was not started that plainly. */
    private static List<String> command(String[] args) {
        if (System.getenv("KRAIT_NO_RELAUNCH") != null) {
            return null;
        }
        for (String env : OPTION_ENVS) {
            if (System.getenv(env) != null) {
                return null;
            }
        }
        Optional<String[]> jvmArgs = ProcessHandle.current().info().arguments();
        if (jvmArgs.isEmpty() || jvmArgs.get().length < 2 || !jvmArgs.get()[0].equals("-jar")) {
            return null; // options before -jar, a -cp launch, or a platform that will not tell
        }
        Path jar;
        try {
            jar = Path.of(Relaunch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return null;
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(FLAGS);
        command.add("-D" + MARK + "=1");
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        return command;
    }

    /**
     * The terminal sends SIGINT and SIGHUP to the whole foreground process group, so the program
     * gets them itself and this JVM only waits for its answer; SIGTERM (a supervisor, {@code
     * kill}) names this JVM alone and is passed on.
     */
    private static void forwardSignals(Process child) {
        handle("INT", sig -> { });
        handle("HUP", sig -> { });
        handle("TERM", sig -> child.destroy());
    }

    private static void handle(String name, sun.misc.SignalHandler handler) {
        try {
            Signal.handle(new Signal(name), handler);
        } catch (IllegalArgumentException e) {
            // not a signal here, or one the JVM keeps for itself
        }
    }

    /**
     * In the second JVM: if the first dies without passing a signal on (SIGKILL), stop too, so
     * that nothing keeps running and writing to the pipes that whoever killed it still reads.
     * A sleeping daemon thread, not {@code onExit()}: for a process that is not our child that
     * polls with sleeps growing to five seconds.
     */
    private static void watchParent() {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        if (parent == null) {
            return;
        }
        Thread watch = new Thread(() -> {
            while (parent.isAlive()) {
                try {
                    Thread.sleep(PARENT_POLL_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(137);
        }, "krait-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
