package org.krait.compiler.codegen;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.ExprContext;
import org.krait.compiler.ast.Located;
import org.krait.compiler.ast.Mod;
import org.krait.compiler.ast.PySingleton;
import org.krait.compiler.ast.Stmt;
import org.krait.compiler.ir.CodeFlags;
import org.krait.compiler.ir.CodeUnit;
import org.krait.compiler.ir.InstrSequence;
import org.krait.compiler.ir.Location;
import org.krait.compiler.ir.Opargs;
import org.krait.compiler.ir.Opcode;
import org.krait.compiler.parser.PySyntaxError;
import org.krait.compiler.symtable.BlockType;
import org.krait.compiler.symtable.ErrorFactory;
import org.krait.compiler.symtable.Mangling;
import org.krait.compiler.symtable.Scope;
import org.krait.compiler.symtable.SymbolTable;
import org.krait.compiler.symtable.Symbols;

/**
 * Code generation from the AST to the IR, following CPython 3.12's Python/compile.c: the same
 * instruction sequences construct by construct, so that after the flowgraph passes the code
 * equals what CPython produces. This class holds the compiler state (the stack of
 * {@link Unit}s) and the emit helpers; statements, expressions, calls, comprehensions and
 * exception handling live in their own classes, each a part of compile.c.
 */
public final class Codegen {
    final String filename;
    final SymbolTable st;
    final ErrorFactory errors;
    /** CO_FUTURE_* flags every code object inherits. */
    final int futureFlags;
    final boolean futureAnnotations;
    final Location futureLocation;
    boolean interactive;
    int nestLevel;
    Unit u;
    private final Deque<Unit> stack = new ArrayDeque<>();
    /** Optimized node to the node the symbol table was built from. */
    private final Map<Object, Object> originals;

    final StatementCodegen stmts = new StatementCodegen(this);
    final ExpressionCodegen exprs = new ExpressionCodegen(this);
    final CallCodegen calls = new CallCodegen(this);
    final ComprehensionCodegen comps = new ComprehensionCodegen(this);
    final TryCodegen trys = new TryCodegen(this);
    final GeneratorCodegen gens = new GeneratorCodegen(this);
    final TypeParamsCodegen typeParams = new TypeParamsCodegen(this);
    final MatchCodegen matches = new MatchCodegen(this);
    final FunctionCodegen functions = new FunctionCodegen(this);
    final WarningChecks checks = new WarningChecks(this);
    private Consumer<CompileWarning> warnings = w -> { };

    private Codegen(String filename, SymbolTable st, IntFunction<String> sourceLines, Map<Object, Object> originals) {
        this.filename = filename;
        this.st = st;
        this.errors = new ErrorFactory(filename, sourceLines);
        this.futureFlags = st.future().flags();
        this.futureAnnotations = st.future().annotations();
        Stmt.ImportFrom last = st.future().lastImport();
        this.futureLocation = last == null ? Location.NONE : Location.of(last);
        this.originals = originals;
    }

    /**
     * Compiles a module (mode "exec"), an expression ("eval") or an interactive statement
     * ("single") to its code object, running CPython's AST optimizer, codegen and the
     * flowgraph passes. {@code st} must be the symbol table of {@code mod} (for eval and single,
     * of a Module wrapping the same nodes).
     *
     * @param sourceLines 1-based line number to the source line, for SyntaxError texts; may be null
     */
    public static CodeUnit compile(Mod mod, String filename, SymbolTable st, String mode, IntFunction<String> sourceLines)
            throws PySyntaxError {
        return compile(mod, filename, st, mode, sourceLines, w -> { });
    }

    /** As {@link #compile(Mod, String, SymbolTable, String, IntFunction)}, reporting compile.c's SyntaxWarnings. */
    public static CodeUnit compile(Mod mod, String filename, SymbolTable st, String mode, IntFunction<String> sourceLines,
            Consumer<CompileWarning> warnings) throws PySyntaxError {
        Codegen c = generate(mod, filename, st, mode, sourceLines, warnings);
        CodeUnit co = c.assemble(!(mod instanceof Mod.Expression));
        c.exitScope();
        return co;
    }

    /**
     * Only codegen, as {@code _testinternalcapi.compiler_codegen}: the top unit's instruction
     * sequence with the final RETURN added, before any flowgraph pass. For tests.
     */
    public static InstrSequence codegenOnly(Mod mod, String filename, SymbolTable st, String mode,
            IntFunction<String> sourceLines) {
        Codegen c = generate(mod, filename, st, mode, sourceLines, w -> { });
        c.addReturnAtEnd(!(mod instanceof Mod.Expression));
        return c.u.seq;
    }

    private static Codegen generate(Mod mod, String filename, SymbolTable st, String mode,
            IntFunction<String> sourceLines, Consumer<CompileWarning> warnings) {
        checkMode(mod, mode);
        Map<Object, Object> originals = new IdentityHashMap<>();
        Mod optimized = new AstOptimizer(originals, st.future().annotations()).mod(mod);
        originals.put(optimized, st.top().key());
        Codegen c = new Codegen(filename, st, sourceLines, originals);
        c.warnings = warnings;
        c.codegenModule(optimized);
        return c;
    }

    private static void checkMode(Mod mod, String mode) {
        boolean ok = switch (mode) {
            case "exec" -> mod instanceof Mod.Module;
            case "eval" -> mod instanceof Mod.Expression;
            case "single" -> mod instanceof Mod.Interactive;
            default -> false;
        };
        if (!ok) {
            throw new IllegalArgumentException("mode " + mode + " does not fit " + mod.getClass().getSimpleName());
        }
    }

    /** compile.c {@code compiler_codegen}. */
    private void codegenModule(Mod mod) {
        enterScope("<module>", Unit.ScopeType.MODULE, mod, 1);
        Location loc = new Location(1, 1, 0, 0);
        if (mod instanceof Mod.Module m) {
            body(loc, m.body());
        } else if (mod instanceof Mod.Interactive i) {
            if (StatementCodegen.findAnnotations(i.body())) {
                addop(loc, Opcode.SETUP_ANNOTATIONS);
            }
            interactive = true;
            for (Stmt s : i.body()) {
                stmts.visit(s);
            }
        } else if (mod instanceof Mod.Expression e) {
            exprs.visit(e.body());
        } else {
            throw new IllegalArgumentException("cannot compile " + mod);
        }
    }

    /** compile.c {@code compiler_body}: SETUP_ANNOTATIONS, the docstring, then the statements. */
    void body(Location loc, List<Stmt> body) {
        if (u.scopeType == Unit.ScopeType.MODULE && !body.isEmpty()) {
            loc = Location.of(body.get(0));
        }
        if (StatementCodegen.findAnnotations(body)) {
            addop(loc, Opcode.SETUP_ANNOTATIONS);
        }
        if (body.isEmpty()) {
            return;
        }
        int i = 0;
        if (docstring(body) != null) {
            i = 1;
            exprs.visit(((Stmt.ExprStmt) body.get(0)).value());
            nameop(Location.NONE, "__doc__", ExprContext.Store);
        }
        for (; i < body.size(); i++) {
            stmts.visit(body.get(i));
        }
    }

    /** {@code _PyAST_GetDocString}: the string of a leading constant-string expression statement. */
    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    // ---- scopes --------------------------------------------------------------------------

    /** compile.c {@code compiler_enter_scope}. {@code key} is the (optimized) node of the block. */
    void enterScope(String name, Unit.ScopeType type, Object key, int lineno) {
        Object original = original(key);
        Scope ste = original == st.top().key() ? st.top() : st.lookup(original);
        if (ste == null) {
            throw new IllegalStateException("no symbol table block for " + name);
        }
        Unit unit = new Unit(ste, type, name, lineno);
        if (u != null) {
            stack.push(u);
            unit.privateName = u.privateName;
        }
        u = unit;
        nestLevel++;
        Location loc = new Location(lineno, lineno, 0, 0);
        if (type == Unit.ScopeType.MODULE) {
            loc = new Location(0, lineno, 0, 0);
        } else {
            setQualname();
        }
        addopI(loc, Opcode.RESUME, 0);
    }

    void exitScope() {
        nestLevel--;
        u = stack.isEmpty() ? null : stack.pop();
    }

    /** compile.c {@code compiler_set_qualname}. */
    private void setQualname() {
        String base = null;
        if (!stack.isEmpty()) {
            Unit parent = stack.peek();
            boolean forceGlobal = false;
            if (parent.scopeType == Unit.ScopeType.TYPEPARAMS) {
                if (stack.size() == 1) {
                    u.qualname = u.name;
                    return;
                }
                parent = stackAt(1);
            }
            if (u.scopeType == Unit.ScopeType.FUNCTION || u.scopeType == Unit.ScopeType.ASYNC_FUNCTION
                    || u.scopeType == Unit.ScopeType.CLASS) {
                String mangled = Mangling.mangle(parent.privateName, u.name);
                if (Symbols.scopeOf(parent.symbol(mangled)) == Symbols.GLOBAL_EXPLICIT) {
                    forceGlobal = true;
                }
            }
            if (!forceGlobal) {
                if (parent.scopeType == Unit.ScopeType.FUNCTION || parent.scopeType == Unit.ScopeType.ASYNC_FUNCTION
                        || parent.scopeType == Unit.ScopeType.LAMBDA) {
                    base = parent.qualname + ".<locals>";
                } else {
                    base = parent.qualname;
                }
            }
        }
        u.qualname = base != null ? base + "." + u.name : u.name;
    }

    private Unit stackAt(int i) {
        int k = 0;
        for (Unit x : stack) {
            if (k++ == i) {
                return x;
            }
        }
        throw new IllegalStateException();
    }

    /** compile.c {@code compute_code_flags}. */
    int codeFlags() {
        Scope ste = u.ste;
        int flags = 0;
        if (u.isFunctionLike()) {
            flags |= CodeFlags.CO_NEWLOCALS | CodeFlags.CO_OPTIMIZED;
            if (ste.isNested()) {
                flags |= CodeFlags.CO_NESTED;
            }
            if (ste.isGenerator() && !ste.isCoroutine()) {
                flags |= CodeFlags.CO_GENERATOR;
            }
            if (!ste.isGenerator() && ste.isCoroutine()) {
                flags |= CodeFlags.CO_COROUTINE;
            }
            if (ste.isGenerator() && ste.isCoroutine()) {
                flags |= CodeFlags.CO_ASYNC_GENERATOR;
            }
            if (ste.hasVarargs()) {
                flags |= CodeFlags.CO_VARARGS;
            }
            if (ste.hasVarkeywords()) {
                flags |= CodeFlags.CO_VARKEYWORDS;
            }
        }
        return flags | futureFlags;
    }

    private void addReturnAtEnd(boolean addNone) {
        if (addNone) {
            loadConst(Location.NONE, PySingleton.None);
        }
        addop(Location.NONE, Opcode.RETURN_VALUE);
    }

    /** compile.c {@code optimize_and_assemble}: the current unit's code object. */
    CodeUnit assemble(boolean addNone) {
        int flags = codeFlags();
        addReturnAtEnd(addNone);
        return Assembler.assemble(u, filename, flags);
    }

    // ---- emitting ------------------------------------------------------------------------

    void addop(Location loc, Opcode op) {
        u.seq.add(op, 0, loc);
    }

    void addopI(Location loc, Opcode op, int oparg) {
        u.seq.add(op, oparg, loc);
    }

    /** The instruction added last. */
    org.krait.compiler.ir.Instr lastInstr() {
        return u.seq.instrs().get(u.seq.instrs().size() - 1);
    }

    /** A jump or SETUP_* to {@code label}. */
    void addopJ(Location loc, Opcode op, int label) {
        u.seq.add(op, label, loc);
    }

    int newLabel() {
        return u.seq.newLabel();
    }

    void useLabel(int label) {
        u.seq.useLabel(label);
    }

    int addConst(Object value) {
        return u.consts.add(value);
    }

    void loadConst(Location loc, Object value) {
        addopI(loc, Opcode.LOAD_CONST, addConst(value));
    }

    String mangle(String name) {
        return Mangling.mangle(u.privateName, name);
    }

    /** compile.c {@code compiler_addop_o}: index in {@code dict} without mangling. */
    void addopO(Location loc, Opcode op, Map<String, Integer> dict, String name) {
        addopI(loc, op, Unit.add(dict, name));
    }

    /** compile.c {@code compiler_addop_name}: mangles, and packs the LOAD_ATTR/LOAD_SUPER_ATTR bits. */
    void addopName(Location loc, Opcode op, String name, Map<String, Integer> dict) {
        int arg = Unit.add(dict, mangle(name));
        switch (op) {
            case LOAD_ATTR -> arg = Opargs.loadAttr(arg, false);
            case LOAD_METHOD -> {
                op = Opcode.LOAD_ATTR;
                arg = Opargs.loadAttr(arg, true);
            }
            case LOAD_SUPER_ATTR -> arg = Opargs.loadSuperAttr(arg, false, true);
            case LOAD_SUPER_METHOD -> {
                op = Opcode.LOAD_SUPER_ATTR;
                arg = Opargs.loadSuperAttr(arg, true, true);
            }
            case LOAD_ZERO_SUPER_ATTR -> {
                op = Opcode.LOAD_SUPER_ATTR;
                arg = Opargs.loadSuperAttr(arg, false, false);
            }
            case LOAD_ZERO_SUPER_METHOD -> {
                op = Opcode.LOAD_SUPER_ATTR;
                arg = Opargs.loadSuperAttr(arg, true, false);
            }
            default -> {
            }
        }
        addopI(loc, op, arg);
    }

    // ---- names ---------------------------------------------------------------------------

    /** compile.c {@code forbidden_name}: assigning or deleting {@code __debug__}. */
    void checkForbidden(Location loc, String name, ExprContext ctx) {
        if (ctx == ExprContext.Store && name.equals("__debug__")) {
            throw error(loc, "cannot assign to __debug__");
        }
        if (ctx == ExprContext.Del && name.equals("__debug__")) {
            throw error(loc, "cannot delete __debug__");
        }
    }

    /** compile.c {@code compiler_nameop}: load, store or delete a variable with the op its scope needs. */
    void nameop(Location loc, String name, ExprContext ctx) {
        checkForbidden(loc, name, ctx);
        String mangled = mangle(name);
        int scope = u.scope(mangled);
        Map<String, Integer> dict = u.names;
        enum OpType { FAST, GLOBAL, DEREF, NAME }
        OpType optype = OpType.NAME;
        switch (scope) {
            case Symbols.FREE -> {
                dict = u.freevars;
                optype = OpType.DEREF;
            }
            case Symbols.CELL -> {
                dict = u.cellvars;
                optype = OpType.DEREF;
            }
            case Symbols.LOCAL -> {
                if (u.isFunctionLike() || Boolean.TRUE.equals(u.fasthidden.get(mangled))) {
                    optype = OpType.FAST;
                }
            }
            case Symbols.GLOBAL_IMPLICIT -> {
                if (u.isFunctionLike()) {
                    optype = OpType.GLOBAL;
                }
            }
            case Symbols.GLOBAL_EXPLICIT -> optype = OpType.GLOBAL;
            default -> {
            }
        }
        Opcode op;
        switch (optype) {
            case DEREF -> {
                if (ctx == ExprContext.Load) {
                    if (u.ste.type() == BlockType.CLASS && u.inInlinedComp == 0) {
                        op = Opcode.LOAD_FROM_DICT_OR_DEREF;
                        addop(loc, Opcode.LOAD_LOCALS);
                    } else if (u.ste.canSeeClassScope()) {
                        op = Opcode.LOAD_FROM_DICT_OR_DEREF;
                        addopO(loc, Opcode.LOAD_DEREF, u.freevars, "__classdict__");
                    } else {
                        op = Opcode.LOAD_DEREF;
                    }
                } else {
                    op = ctx == ExprContext.Store ? Opcode.STORE_DEREF : Opcode.DELETE_DEREF;
                }
            }
            case FAST -> {
                op = ctx == ExprContext.Load ? Opcode.LOAD_FAST
                        : ctx == ExprContext.Store ? Opcode.STORE_FAST : Opcode.DELETE_FAST;
                addopO(loc, op, u.varnames, mangled);
                return;
            }
            case GLOBAL -> {
                if (ctx == ExprContext.Load) {
                    if (u.ste.canSeeClassScope() && scope == Symbols.GLOBAL_IMPLICIT) {
                        op = Opcode.LOAD_FROM_DICT_OR_GLOBALS;
                        addopO(loc, Opcode.LOAD_DEREF, u.freevars, "__classdict__");
                    } else {
                        op = Opcode.LOAD_GLOBAL;
                    }
                } else {
                    op = ctx == ExprContext.Store ? Opcode.STORE_GLOBAL : Opcode.DELETE_GLOBAL;
                }
            }
            default -> {
                if (ctx == ExprContext.Load) {
                    op = u.ste.type() == BlockType.CLASS && u.inInlinedComp > 0 ? Opcode.LOAD_GLOBAL : Opcode.LOAD_NAME;
                } else {
                    op = ctx == ExprContext.Store ? Opcode.STORE_NAME : Opcode.DELETE_NAME;
                }
            }
        }
        int arg = Unit.add(dict, mangled);
        if (op == Opcode.LOAD_GLOBAL) {
            arg = Opargs.loadGlobal(arg, false);
        }
        addopI(loc, op, arg);
    }

    /** compile.c {@code get_ref_type}. */
    int refType(String name) {
        if (u.scopeType == Unit.ScopeType.CLASS && (name.equals("__class__") || name.equals("__classdict__"))) {
            return Symbols.CELL;
        }
        int scope = u.scope(name);
        if (scope == 0) {
            throw new IllegalStateException("unknown scope for name " + name + " in unit " + u.name);
        }
        return scope;
    }

    /** compile.c {@code compiler_make_closure}: LOAD_CLOSUREs of the free variables, the code, MAKE_FUNCTION. */
    void makeClosure(Location loc, CodeUnit co, int flags) {
        List<String> free = co.freevars();
        if (!free.isEmpty()) {
            for (String name : free) {
                int reftype = refType(name);
                Integer arg = reftype == Symbols.CELL ? u.cellvars.get(name) : u.freevars.get(name);
                if (arg == null) {
                    throw new IllegalStateException("compiler_lookup_arg(name=" + name + ") failed in " + u.name);
                }
                addopI(loc, Opcode.LOAD_CLOSURE, arg);
            }
            flags |= Opargs.MAKE_FUNCTION_CLOSURE;
            addopI(loc, Opcode.BUILD_TUPLE, free.size());
        }
        loadConst(loc, co);
        addopI(loc, Opcode.MAKE_FUNCTION, flags);
    }

    // ---- errors --------------------------------------------------------------------------

    /** compile.c {@code compiler_warn}: a SyntaxWarning at {@code loc}'s line. */
    void warn(Location loc, String msg) {
        warnings.accept(new CompileWarning(msg, filename, loc.lineno()));
    }

    /** compile.c {@code compiler_error}: a SyntaxError at {@code loc}. */
    PySyntaxError error(Location loc, String msg) {
        return errors.at(msg, loc.lineno(), loc.colOffset(), loc.endLineno(), loc.endColOffset());
    }

    /** The node the symbol table knows for an optimized node (the optimizer rebuilds changed nodes). */
    Object original(Object node) {
        return originals.getOrDefault(node, node);
    }

    static Location loc(Located node) {
        return Location.of(node);
    }
}
