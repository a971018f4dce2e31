package org.krait.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.krait.runtime.launcher.Packager;

/**
 * A plain {@code java -jar APP.jar} re-runs the program in a second JVM with Krait's flags (ADR 0017):
 * arguments, stdin, stdout, stderr and exit status pass through unchanged, signals to the first JVM
 * reach the program, and the second JVM never outlives the first.
 */
class RelaunchTest {
    static Path work;
    static Path echoJar;
    static Path spinJar;

    @BeforeAll
    static void compile() throws Exception {
        work = Files.createTempDirectory("krait-relaunch");
        Path echo = work.resolve("echo.py");
        Files.writeString(echo, String.join("\n",
                "import sys",
                "print(sys.argv[1:])",
                "data = sys.stdin.read()",
                "print(len(data), data.splitlines()[-1])",
                "sys.stderr.write('to stderr\\n')",
                "sys.exit(3)",
                ""));
        echoJar = work.resolve("echo.jar");
        Packager.compileToJar(echo, echoJar);
        Path spin = work.resolve("spin.py");
        Files.writeString(spin, "print('ready', flush=True)\nwhile True:\n    pass\n");
        spinJar = work.resolve("spin.jar");
        Packager.compileToJar(spin, spinJar);
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static ProcessBuilder plain(Path jar, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(java(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        for (String env : new String[] {"JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "KRAIT_NO_RELAUNCH"}) {
            pb.environment().remove(env);
        }
        return pb;
    }

    @Test
    void argumentsStreamsAndStatusPassThrough() throws Exception {
        Path in = work.resolve("in.txt");
        Files.writeString(in, "x".repeat(100_000) + "\nlast line\n");
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        Process p = plain(echoJar, "a", "b c", "").redirectInput(in.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(3, p.exitValue());
        assertEquals("['a', 'b c', '']\n100011 last line\n", Files.readString(out, StandardCharsets.UTF_8));
        assertEquals("to stderr\n", Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Starts spin.jar, waits for its "ready" line, and returns the JVM that runs the program. */
    static ProcessHandle startSpin(ProcessBuilder pb, Process[] started) throws Exception {
        Process p = pb.redirectError(ProcessBuilder.Redirect.INHERIT).start();
        started[0] = p;
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("ready", r.readLine());
        List<ProcessHandle> children = p.children().toList();
        return children.isEmpty() ? p.toHandle() : children.get(0);
    }

    @Test
    void secondJvmRunsWithKraitFlags() throws Exception {
        Process[] p = new Process[1];
        ProcessHandle program = startSpin(plain(spinJar), p);
        try {
            assertTrue(program.pid() != p[0].pid(), "no second JVM was started");
            List<String> args = List.of(program.info().arguments().orElseThrow());
            assertTrue(args.contains("-XX:+UseSerialGC"), args.toString());
            assertTrue(args.contains("-Dkrait.relaunched=1"), args.toString());
        } finally {
            p[0].destroyForcibly();
            program.destroyForcibly();
        }
    }

    @Test
    void sigtermToTheFirstJvmReachesTheProgram() throws Exception {
        Process[] p = new Process[1];
        ProcessHandle program = startSpin(plain(spinJar), p);
        p[0].destroy(); // SIGTERM to the first JVM only
        assertTrue(p[0].waitFor(30, TimeUnit.SECONDS));
        assertEquals(143, p[0].exitValue());
        program.onExit().get(30, TimeUnit.SECONDS);
        assertFalse(program.isAlive());
    }

    @Test
    void programStopsWhenTheFirstJvmIsKilled() throws Exception {
        Process[] p = new Process[1];
        ProcessHandle program = startSpin(plain(spinJar), p);
        assertTrue(program.pid() != p[0].pid());
        p[0].destroyForcibly(); // SIGKILL: nothing is passed on
        program.onExit().get(30, TimeUnit.SECONDS);
        assertFalse(program.isAlive());
    }

    @Test
    void ownJvmOptionsOrTheSwitchKeepOneJvm() throws Exception {
        ProcessBuilder withOption = new ProcessBuilder(java(), "-Xmx512m", "-jar", spinJar.toString());
        withOption.environment().remove("KRAIT_NO_RELAUNCH");
        ProcessBuilder switchedOff = plain(spinJar);
        switchedOff.environment().put("KRAIT_NO_RELAUNCH", "1");
        for (ProcessBuilder pb : List.of(withOption, switchedOff)) {
            Process[] p = new Process[1];
            ProcessHandle program = startSpin(pb, p);
            p[0].destroyForcibly();
            assertEquals(p[0].pid(), program.pid(), "a second JVM was started for " + pb.command());
        }
    }
}
