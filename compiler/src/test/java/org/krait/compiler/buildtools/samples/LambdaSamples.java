package org.krait.compiler.buildtools.samples;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * Input for LambdaDesugarerTest: one of each kind of lambda and method reference javac makes.
 * {@link #run()} returns what each produced; the test compares it before and after desugaring.
 * Every lambda object also lands in {@link #LAMBDAS} so the test can inspect its class.
 */
public class LambdaSamples {
    public static final List<Object> LAMBDAS = new ArrayList<>();

    private final String name;

    LambdaSamples(String name) {
        this.name = name;
    }

    private String secret(String suffix) {
        return name + "-secret-" + suffix;
    }

    static int takesInt(int i) {
        return i * 2;
    }

    private static <T> T keep(T lambda) {
        LAMBDAS.add(lambda);
        return lambda;
    }

    /** A nested class whose lambdas live in a class that is not the nest host. */
    static final class Nested {
        private final int base;

        private Nested(int base) {
            this.base = base;
        }

        IntSupplier plus(int k) {
            return keep(() -> base + k); // captures this
        }

        static Function<Integer, Nested> maker() {
            return keep(Nested::new); // private constructor of a nestmate
        }
    }

    /** An inner class capturing the outer instance. */
    final class Inner {
        Supplier<String> greet(String who) {
            return keep(() -> name + " greets " + who);
        }
    }

    /** Lambdas in an interface: private static and private instance bodies. */
    interface Greeter {
        String name();

        default Supplier<String> shout() {
            return keep(() -> name().toUpperCase());
        }

        static Function<String, String> twice() {
            return keep(s -> s + s);
        }
    }

    /** Needs a bridge: the lambda must implement both get() -> Object and get() -> String. */
    interface Source<T> {
        T get();
    }

    interface StringSource extends Source<String> {
        @Override
        String get();
    }

    /** No bridge in the interface itself: javac asks the metafactory for one (FLAG_BRIDGES). */
    interface ObjectGetter {
        Object value();
    }

    interface StringGetter {
        String value();
    }

    interface BothGetters extends ObjectGetter, StringGetter {}

    interface Marker {}

    private static Supplier<String> constant() {
        return keep(() -> "constant");
    }

    public static List<String> run() {
        List<String> out = new ArrayList<>();
        LambdaSamples self = new LambdaSamples("sam");

        out.add("non-capturing " + constant().get() + " same=" + (constant() == constant()));
        int i = 3;
        long l = 1L << 40;
        double d = 2.5;
        Supplier<String> prims = keep(() -> i + "/" + l + "/" + d);
        out.add("captured primitives " + prims.get());
        IntBinaryOperator add = keep((a, b) -> a + b + i);
        out.add("int operator " + add.applyAsInt(4, 5));

        ToIntFunction<String> length = keep(String::length);
        out.add("unbound virtual " + length.applyAsInt("four"));
        Function<String, String> concat = keep("abc"::concat);
        out.add("bound virtual " + concat.apply("def"));
        Function<String, Integer> parse = keep(Integer::parseInt);
        out.add("static, boxed result " + (parse.apply("41") + 1));
        Function<Integer, Integer> abs = keep(Math::abs);
        out.add("unbox argument, box result " + abs.apply(-7));
        ToLongFunction<Integer> widenResult = keep(Integer::intValue);
        out.add("int result widened to long " + widenResult.applyAsLong(123));
        BiFunction<Integer, Long, Long> sum = keep(Long::sum);
        out.add("Integer argument unboxed to long " + sum.apply(2, 40L));
        ToIntFunction<Character> viaChar = keep(LambdaSamples::takesInt);
        out.add("Character unboxed and widened " + viaChar.applyAsInt('A'));
        IntFunction<Object> boxToObject = keep(Integer::valueOf);
        out.add("box to Object " + boxToObject.apply(9).getClass().getSimpleName());

        IntSupplier three = keep(() -> 3);
        LongSupplier widened = keep(three::getAsInt); // interface method, bound receiver
        out.add("interface method, widened " + widened.getAsLong());
        List<String> list = new ArrayList<>();
        Consumer<String> adder = keep(list::add); // boolean result discarded
        adder.accept("x");
        adder.accept("y");
        ToIntFunction<List<String>> size = keep(List::size);
        out.add("interface unbound " + size.applyAsInt(list));
        AtomicLong counter = new AtomicLong();
        Runnable bump = keep(counter::incrementAndGet); // long result discarded
        bump.run();
        bump.run();
        out.add("long result discarded " + counter.get());
        Supplier<Comparator<String>> natural = keep(Comparator::naturalOrder); // static interface method
        out.add("static interface method " + natural.get().compare("a", "b"));

        Supplier<StringBuilder> ctor = keep(StringBuilder::new);
        out.add("constructor " + ctor.get().append("built"));
        Function<String, String> secret = keep(self::secret);
        out.add("private method " + secret.apply("s"));
        Supplier<String> capturesThis = self.capturingThis();
        out.add("captures this " + capturesThis.get());
        out.add("nested " + Nested.maker().apply(10).plus(5).getAsInt());
        out.add("inner " + self.new Inner().greet("you").get());
        Greeter greeter = keep(() -> "greeter");
        out.add("interface default " + greeter.shout().get() + " static " + Greeter.twice().apply("ab"));
        Function<Integer, Supplier<String>> nestedLambda = keep(n -> keep(() -> "inner " + n));
        out.add("lambda in lambda " + nestedLambda.apply(8).get());

        StringSource bridged = keep(() -> "bridged");
        @SuppressWarnings("unchecked")
        Source<Object> raw = (Source<Object>) (Source<?>) bridged;
        out.add("bridge " + bridged.get() + " " + raw.get());
        BothGetters both = keep(() -> "both");
        out.add("metafactory bridge " + both.value() + " " + ((ObjectGetter) both).value());
        Runnable marked = keep((Runnable & Marker) () -> out.add("marker ran"));
        marked.run();
        out.add("marker " + (marked instanceof Marker));
        try {
            Function<Object, Integer> bad = keep(o -> ((String) o).length());
            @SuppressWarnings({"unchecked", "rawtypes"})
            Function<Object, Object> erased = (Function) keep((Function<String, Integer>) String::length);
            erased.apply(42);
            out.add("no ClassCastException " + bad);
        } catch (ClassCastException e) {
            out.add("ClassCastException for a wrong argument");
        }
        return out;
    }

    Supplier<String> capturingThis() {
        return keep(() -> name + " via this " + secret("t"));
    }
}
