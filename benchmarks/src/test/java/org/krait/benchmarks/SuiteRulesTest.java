package org.krait.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.krait.compiler.ast.Alias;
import org.krait.compiler.ast.Mod;
import org.krait.compiler.ast.Stmt;
import org.krait.compiler.parser.Parser;

/**
 * The rules of benchmarks/suite (see benchmarks/README.md), checked on Krait's own AST: every
 * program parses and has CPython's expected output beside it; the core set keeps to the
 * constructs Krait supports first; a later-set program's {@code # requires:} header names what
 * it really uses.
 */
class SuiteRulesTest {
    private static final Path SUITE = Path.of("suite");

    private static final List<String> CORE = List.of("chaos", "closures", "deltablue", "dict_heavy",
            "fannkuch", "float", "hexiom", "int_loops", "json_like", "list_heavy", "method_calls", "nbody",
            "nqueens", "pidigits", "raytrace", "recursion", "richards", "spectral_norm", "string_build",
            "unpack_sequence");
    private static final List<String> LATER = List.of("comprehensions", "coro_pingpong", "coroutines",
            "gen_pipeline", "gen_tree", "generators", "go");

    /** Node classes a core program may not contain (Python's names, as in {@code ast}). */
    private static final Set<String> NOT_IN_CORE = Set.of("Yield", "YieldFrom", "GeneratorExp", "Await",
            "AsyncFunctionDef", "AsyncFor", "AsyncWith", "Try", "TryStar", "Raise", "With", "ImportFrom",
            "Set", "SetComp", "Global", "Match");
    private static final Set<String> GENERATOR_NODES = Set.of("Yield", "YieldFrom", "GeneratorExp");
    private static final Set<String> COROUTINE_NODES = Set.of("AsyncFunctionDef", "Await");

    static Stream<String> core() {
        return CORE.stream();
    }

    static Stream<String> later() {
        return LATER.stream();
    }

    static Stream<String> all() {
        return Stream.concat(core(), later());
    }

    @Test
    void suiteHoldsExactlyTheListedPrograms() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.list(SUITE)) {
            files.map(p -> p.getFileName().toString()).forEach(found::add);
        }
        Set<String> wanted = new TreeSet<>();
        all().forEach(n -> {
            wanted.add(n + ".py");
            wanted.add(n + ".expected");
        });
        assertEquals(wanted, found);
    }

    @ParameterizedTest
    @MethodSource("all")
    void expectedOutputIsAsciiLines(String name) throws IOException {
        byte[] out = Files.readAllBytes(SUITE.resolve(name + ".expected"));
        assertTrue(out.length > 0 && out[out.length - 1] == '\n', name + ".expected must end a line");
        for (byte b : out) {
            assertTrue(b > 0 && b < 0x7f, name + ".expected must be ASCII");
        }
    }

    @ParameterizedTest
    @MethodSource("core")
    void coreProgramsUseOnlyTheCoreLanguage(String name) throws IOException {
        Summary s = summarize(name);
        assertEquals("", s.requires, name + " has a requires header but is in the core set");
        Set<String> bad = new TreeSet<>(s.nodes);
        bad.retainAll(NOT_IN_CORE);
        assertEquals(Set.of(), bad, name + " uses constructs outside the core set");
        Set<String> extraImports = new TreeSet<>(s.imports);
        extraImports.remove("math");
        assertEquals(Set.of(), extraImports, name + " imports more than math");
    }

    @ParameterizedTest
    @MethodSource("later")
    void laterProgramsDeclareWhatTheyUse(String name) throws IOException {
        Summary s = summarize(name);
        Set<String> gen = new TreeSet<>(s.nodes);
        gen.retainAll(GENERATOR_NODES);
        Set<String> coro = new TreeSet<>(s.nodes);
        coro.retainAll(COROUTINE_NODES);
        String wanted = coro.isEmpty() ? "generators" : "coroutines";
        assertEquals(wanted, s.requires, name + ": generator nodes " + gen + ", coroutine nodes " + coro);
        assertTrue(!gen.isEmpty() || !coro.isEmpty(), name + " needs nothing beyond the core set");
        assertEquals(Set.of(), s.imports, name + " imports modules");
    }

    /** What a program's tree contains: node class names, imported module names, its header. */
    private static final class Summary {
        final Set<String> nodes = new TreeSet<>();
        final Set<String> imports = new TreeSet<>();
        String requires = "";
    }

    private static Summary summarize(String name) throws IOException {
        Path file = SUITE.resolve(name + ".py");
        byte[] source = Files.readAllBytes(file);
        Mod.Module module = Parser.parseModule(source, file.toString());
        Summary s = new Summary();
        collect(module, s);
        String first = new String(source, StandardCharsets.UTF_8).lines().findFirst().orElse("");
        if (first.startsWith("# requires:")) {
            s.requires = first.substring("# requires:".length()).strip();
        }
        return s;
    }

    /** Walks the records of the tree generically, as AstDump does. */
    private static void collect(Object value, Summary s) {
        if (value instanceof List<?> list) {
            for (Object item : list) {
                collect(item, s);
            }
            return;
        }
        if (value == null || !value.getClass().isRecord()) {
            return;
        }
        s.nodes.add(pythonName(value.getClass()));
        if (value instanceof Stmt.Import imp) {
            for (Alias a : imp.names()) {
                s.imports.add(a.name());
            }
        } else if (value instanceof Stmt.ImportFrom from) {
            s.imports.add(String.valueOf(from.module()));
        }
        for (RecordComponent rc : value.getClass().getRecordComponents()) {
            try {
                collect(rc.getAccessor().invoke(value), s);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String pythonName(Class<?> type) {
        String simple = type.getSimpleName();
        return simple.equals("ExprStmt") ? "Expr" : simple;
    }
}
