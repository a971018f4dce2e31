package org.krait.compiler.flowgraph;

import java.util.List;

/**
 * The CFG passes of Python/flowgraph.c's {@code _PyCfg_OptimizeCodeUnit}, in CPython's order.
 * Each pass is also callable on its own (see the classes of this package).
 */
public final class Flowgraph {
    private Flowgraph() {
    }

    /**
     * Exception labelling, optimisation, unused-constant removal, LOAD_FAST_CHECK insertion,
     * cold-block placement and line-number resolution. {@code consts} is modified in place.
     *
     * @param nlocals number of fast locals ({@code co_nlocals})
     * @param nparams number of parameters, which are bound on entry
     */
    public static void optimizeCodeUnit(Cfg g, List<Object> consts, int nlocals, int nparams, int firstlineno) {
        ExceptionLabels.run(g);
        CfgOptimizer.optimize(g, consts);
        CfgOptimizer.removeUnusedConsts(g, consts);
        LocalsCheck.run(g, nlocals, nparams);
        ColdBlocks.pushToEnd(g);
        LineNumbers.resolve(g, firstlineno);
    }
}
