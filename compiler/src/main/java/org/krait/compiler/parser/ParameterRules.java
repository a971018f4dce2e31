package org.krait.compiler.parser;

import java.util.ArrayList;
import java.util.List;

import org.krait.compiler.ast.Arg;
import org.krait.compiler.ast.Arguments;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.TypeParam;

/**
 * Parameters of def and lambda, and PEP 695 type parameters. def and lambda share one
 * implementation: lambda parameters have no annotations and end at ':' instead of ')'.
 */
abstract class ParameterRules extends StatementRules {
    static final int M_TYPE_PARAM = 40;

    ParameterRules(Tokenizer tokenizer, String filename) {
        super(tokenizer, filename);
    }

    @Override
    final Arguments params() {
        int m = mark;
        if (callInvalidRules) {
            invalidParameters(false);
            mark = m;
        }
        return parameters(false);
    }

    @Override
    final Arguments lambdaParams() {
        int m = mark;
        if (callInvalidRules) {
            invalidParameters(true);
            mark = m;
        }
        return parameters(true);
    }

    /** A parameter with its default, or null default. */
    record NameDefault(Arg arg, Expr value) {}

    /** The star_etc part: vararg, keyword-only parameters, kwarg. */
    record StarEtc(Arg vararg, List<NameDefault> kwonly, Arg kwarg) {}

    private Arguments parameters(boolean lambda) {
        int m = mark;
        // slash_no_default param_no_default* param_with_default* [star_etc]
        List<Arg> slashNoDefault = slashNoDefault(lambda);
        if (slashNoDefault != null) {
            List<Arg> plain = paramsNoDefault(lambda);
            List<NameDefault> withDefault = paramsWithDefault(lambda);
            StarEtc star = starEtc(lambda);
            return makeArguments(slashNoDefault, List.of(), plain, withDefault, star);
        }
        mark = m;
        // slash_with_default param_with_default* [star_etc]
        List<NameDefault> slashWithDefault = new ArrayList<>();
        List<Arg> slashPlain = slashWithDefault(lambda, slashWithDefault);
        if (slashPlain != null) {
            List<NameDefault> withDefault = paramsWithDefault(lambda);
            StarEtc star = starEtc(lambda);
            return makeArguments(slashPlain, slashWithDefault, List.of(), withDefault, star);
        }
        mark = m;
        List<Arg> plain = paramsNoDefault(lambda);
        if (!plain.isEmpty()) {
            List<NameDefault> withDefault = paramsWithDefault(lambda);
            StarEtc star = starEtc(lambda);
            return makeArguments(List.of(), List.of(), plain, withDefault, star);
        }
        List<NameDefault> withDefault = paramsWithDefault(lambda);
        if (!withDefault.isEmpty()) {
            StarEtc star = starEtc(lambda);
            return makeArguments(List.of(), List.of(), List.of(), withDefault, star);
        }
        StarEtc star = starEtc(lambda);
        if (star != null) {
            return makeArguments(List.of(), List.of(), List.of(), List.of(), star);
        }
        mark = m;
        return null;
    }

    /** pegen's _PyPegen_make_arguments. */
    private static Arguments makeArguments(List<Arg> slashNoDefault, List<NameDefault> slashWithDefault,
            List<Arg> plain, List<NameDefault> withDefault, StarEtc star) {
        List<Arg> posonly = new ArrayList<>(slashNoDefault);
        List<Expr> defaults = new ArrayList<>();
        for (NameDefault nd : slashWithDefault) {
            if (nd.value() == null) {
                posonly.add(nd.arg());
            } else {
                posonly.add(nd.arg());
                defaults.add(nd.value());
            }
        }
        List<Arg> args = new ArrayList<>(plain);
        for (NameDefault nd : withDefault) {
            args.add(nd.arg());
            defaults.add(nd.value());
        }
        Arg vararg = null;
        Arg kwarg = null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        if (star != null) {
            vararg = star.vararg();
            kwarg = star.kwarg();
            if (star.kwonly() != null) {
                for (NameDefault nd : star.kwonly()) {
                    kwonly.add(nd.arg());
                    kwDefaults.add(nd.value());
                }
            }
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private TokenType closer(boolean lambda) {
        return lambda ? TokenType.COLON : TokenType.RPAR;
    }

    /** param: NAME annotation? (lambda_param: NAME). */
    final Arg param(boolean lambda) {
        int m = mark;
        Token n = nameToken();
        if (n == null) {
            return null;
        }
        Expr annotation = null;
        if (!lambda) {
            int before = mark;
            if (expect(TokenType.COLON) != null) {
                annotation = expression();
                if (annotation == null) {
                    mark = before;
                }
            }
        }
        return new Arg(identifier(n.string()), annotation, null, lineAt(m), colAt(m), endLine(), endCol());
    }

    /** param_no_default: param ',' | param &')'. */
    final Arg paramNoDefault(boolean lambda) {
        int m = mark;
        Arg a = param(lambda);
        if (a != null) {
            if (expect(TokenType.COMMA) != null || check(closer(lambda))) {
                return a;
            }
        }
        mark = m;
        return null;
    }

    /** param_no_default_star_annotation: NAME ':' star_expression, for *args: *Ts. */
    private Arg paramNoDefaultStarAnnotation() {
        int m = mark;
        Token n = nameToken();
        if (n != null && expect(TokenType.COLON) != null) {
            Expr ann = starExpression();
            if (ann != null) {
                Arg a = new Arg(identifier(n.string()), ann, null, lineAt(m), colAt(m), endLine(), endCol());
                if (expect(TokenType.COMMA) != null || check(TokenType.RPAR)) {
                    return a;
                }
            }
        }
        mark = m;
        return null;
    }

    final List<Arg> paramsNoDefault(boolean lambda) {
        List<Arg> out = new ArrayList<>();
        while (true) {
            Arg a = paramNoDefault(lambda);
            if (a == null) {
                return out;
            }
            out.add(a);
        }
    }

    /** param_with_default: param default ',' | param default &')'. */
    final NameDefault paramWithDefault(boolean lambda) {
        int m = mark;
        Arg a = param(lambda);
        if (a != null) {
            Expr d = defaultValue();
            if (d != null && (expect(TokenType.COMMA) != null || check(closer(lambda)))) {
                return new NameDefault(a, d);
            }
        }
        mark = m;
        return null;
    }

    final List<NameDefault> paramsWithDefault(boolean lambda) {
        List<NameDefault> out = new ArrayList<>();
        while (true) {
            NameDefault a = paramWithDefault(lambda);
            if (a == null) {
                return out;
            }
            out.add(a);
        }
    }

    /** param_maybe_default: param default? ',' | param default? &')'. */
    final NameDefault paramMaybeDefault(boolean lambda) {
        int m = mark;
        Arg a = param(lambda);
        if (a != null) {
            int beforeDefault = mark;
            Expr d = defaultValue();
            if (d == null) {
                mark = beforeDefault;
            }
            if (expect(TokenType.COMMA) != null || check(closer(lambda))) {
                return new NameDefault(a, d);
            }
        }
        mark = m;
        return null;
    }

    final List<NameDefault> paramsMaybeDefault(boolean lambda) {
        List<NameDefault> out = new ArrayList<>();
        while (true) {
            NameDefault a = paramMaybeDefault(lambda);
            if (a == null) {
                return out;
            }
            out.add(a);
        }
    }

    /** default: '=' expression | invalid_default. */
    final Expr defaultValue() {
        int m = mark;
        if (expect(TokenType.EQUAL) != null) {
            Expr e = expression();
            if (e != null) {
                return e;
            }
        }
        mark = m;
        if (callInvalidRules) {
            Token eq = expect(TokenType.EQUAL);
            if (eq != null && (check(TokenType.RPAR) || check(TokenType.COMMA))) {
                throw errorKnownLocation(eq, "expected default value expression");
            }
            mark = m;
        }
        return null;
    }

    /** slash_no_default: param_no_default+ '/' (',' | &')'). */
    final List<Arg> slashNoDefault(boolean lambda) {
        int m = mark;
        List<Arg> a = paramsNoDefault(lambda);
        if (!a.isEmpty() && expect(TokenType.SLASH) != null
                && (expect(TokenType.COMMA) != null || check(closer(lambda)))) {
            return a;
        }
        mark = m;
        return null;
    }

    /** slash_with_default: param_no_default* param_with_default+ '/' (',' | &')'); returns the plain ones. */
    final List<Arg> slashWithDefault(boolean lambda, List<NameDefault> withDefaultOut) {
        int m = mark;
        List<Arg> a = paramsNoDefault(lambda);
        List<NameDefault> b = paramsWithDefault(lambda);
        if (!b.isEmpty() && expect(TokenType.SLASH) != null
                && (expect(TokenType.COMMA) != null || check(closer(lambda)))) {
            withDefaultOut.addAll(b);
            return a;
        }
        mark = m;
        return null;
    }

    private StarEtc starEtc(boolean lambda) {
        int m = mark;
        if (callInvalidRules) {
            invalidStarEtc(lambda);
            mark = m;
        }
        if (expect(TokenType.STAR) != null) {
            int afterStar = mark;
            Arg a = paramNoDefault(lambda);
            if (a == null && !lambda) {
                mark = afterStar;
                a = paramNoDefaultStarAnnotation();
            }
            if (a != null) {
                List<NameDefault> b = paramsMaybeDefault(lambda);
                Arg c = kwds(lambda);
                return new StarEtc(a, b, c);
            }
            mark = afterStar;
            if (expect(TokenType.COMMA) != null) {
                List<NameDefault> b = paramsMaybeDefault(lambda);
                if (!b.isEmpty()) {
                    Arg c = kwds(lambda);
                    return new StarEtc(null, b, c);
                }
            }
            mark = m;
        }
        Arg c = kwds(lambda);
        if (c != null) {
            return new StarEtc(null, null, c);
        }
        mark = m;
        return null;
    }

    private Arg kwds(boolean lambda) {
        int m = mark;
        if (callInvalidRules) {
            invalidKwds(lambda);
            mark = m;
        }
        if (expect(TokenType.DOUBLESTAR) != null) {
            Arg a = paramNoDefault(lambda);
            if (a != null) {
                return a;
            }
        }
        mark = m;
        return null;
    }

    // ------------------------------------------------------------ type parameters (PEP 695)

    @Override
    final List<TypeParam> typeParams() {
        int m = mark;
        if (expect(TokenType.LSQB) == null) {
            return null;
        }
        List<TypeParam> out = gather(TokenType.COMMA, this::typeParam);
        if (out.isEmpty()) {
            mark = m;
            return null;
        }
        expect(TokenType.COMMA);
        if (expect(TokenType.RSQB) == null) {
            mark = m;
            return null;
        }
        return out;
    }

    private TypeParam typeParam() {
        int m = mark;
        Object r = memoGet(M_TYPE_PARAM);
        if (r != null) {
            return r == FAIL ? null : (TypeParam) r;
        }
        TypeParam t = typeParamUncached();
        if (t == null) {
            mark = m;
        }
        memoPut(M_TYPE_PARAM, m, t);
        return t;
    }

    private TypeParam typeParamUncached() {
        int m = mark;
        Token a = nameToken();
        if (a != null) {
            Expr bound = null;
            int before = mark;
            if (expect(TokenType.COLON) != null) {
                bound = expression();
                if (bound == null) {
                    mark = before;
                }
            }
            return new TypeParam.TypeVar(identifier(a.string()), bound, lineAt(m), colAt(m), endLine(), endCol());
        }
        boolean star = check(TokenType.STAR);
        if (star || check(TokenType.DOUBLESTAR)) {
            mark++;
            a = nameToken();
            if (a == null) {
                mark = m;
                return null;
            }
            int afterName = mark;
            Token colon = expect(TokenType.COLON);
            if (colon != null) {
                Expr e = expression();
                if (e != null) {
                    String what = star ? "TypeVarTuple" : "ParamSpec";
                    throw errorStartingFrom(colon, e instanceof Expr.Tuple ? "cannot use constraints with " + what
                            : "cannot use bound with " + what);
                }
            }
            mark = afterName;
            String name = identifier(a.string());
            return star ? new TypeParam.TypeVarTuple(name, lineAt(m), colAt(m), endLine(), endCol())
                    : new TypeParam.ParamSpec(name, lineAt(m), colAt(m), endLine(), endCol());
        }
        return null;
    }

    abstract void invalidParameters(boolean lambda);

    abstract void invalidStarEtc(boolean lambda);

    abstract void invalidKwds(boolean lambda);
}
