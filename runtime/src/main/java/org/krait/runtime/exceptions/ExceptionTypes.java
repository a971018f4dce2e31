package org.krait.runtime.exceptions;

import java.util.LinkedHashMap;
import java.util.Map;

import org.krait.runtime.object.PyType;

/** The built-in exception classes, CPython 3.12's hierarchy (Objects/exceptions.c), immortal. */
public final class ExceptionTypes {
    private ExceptionTypes() {
    }

    /** An exception class that adds no C fields: it shares its base's instance layout. */
    private static PyType def(String name, PyType base) {
        return PyType.builtin(name, new PyType[] {base}, base.layout(), PyType.BASETYPE, PyBaseException::new,
                b -> ExceptionMethods.define(name, b));
    }

    /** An exception class with its own C struct (CPython's ComplexExtendsException): its own layout. */
    private static PyType defOwn(String name, PyType base) {
        return PyType.builtin(name, base, PyType.BASETYPE, PyBaseException::new, b -> ExceptionMethods.define(name, b));
    }

    public static final PyType BASE_EXCEPTION = defOwn("BaseException", null);
    public static final PyType BASE_EXCEPTION_GROUP = PyType.builtin("BaseExceptionGroup", BASE_EXCEPTION,
            PyType.BASETYPE, PyExceptionGroup::new, ExceptionGroupMethods::define);
    // declaration order is CPython's static_exceptions order: __subclasses__() lists children so
    public static final PyType EXCEPTION = def("Exception", BASE_EXCEPTION);
    public static final PyType GENERATOR_EXIT = def("GeneratorExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = def("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType SYSTEM_EXIT = defOwn("SystemExit", BASE_EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = def("ArithmeticError", EXCEPTION);
    public static final PyType FLOATING_POINT_ERROR = def("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = def("OverflowError", ARITHMETIC_ERROR);
    public static final PyType ZERO_DIVISION_ERROR = def("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = def("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = defOwn("AttributeError", EXCEPTION);
    public static final PyType BUFFER_ERROR = def("BufferError", EXCEPTION);
    public static final PyType EOF_ERROR = def("EOFError", EXCEPTION);
    public static final PyType IMPORT_ERROR = defOwn("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = def("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType LOOKUP_ERROR = def("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = def("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = def("KeyError", LOOKUP_ERROR);
    public static final PyType MEMORY_ERROR = def("MemoryError", EXCEPTION);
    public static final PyType NAME_ERROR = defOwn("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = def("UnboundLocalError", NAME_ERROR);
    public static final PyType OS_ERROR = defOwn("OSError", EXCEPTION);
    public static final PyType BLOCKING_IO_ERROR = def("BlockingIOError", OS_ERROR);
    public static final PyType CHILD_PROCESS_ERROR = def("ChildProcessError", OS_ERROR);
    public static final PyType CONNECTION_ERROR = def("ConnectionError", OS_ERROR);
    public static final PyType BROKEN_PIPE_ERROR = def("BrokenPipeError", CONNECTION_ERROR);
    public static final PyType CONNECTION_ABORTED_ERROR = def("ConnectionAbortedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_REFUSED_ERROR = def("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_RESET_ERROR = def("ConnectionResetError", CONNECTION_ERROR);
    public static final PyType FILE_EXISTS_ERROR = def("FileExistsError", OS_ERROR);
    public static final PyType FILE_NOT_FOUND_ERROR = def("FileNotFoundError", OS_ERROR);
    public static final PyType INTERRUPTED_ERROR = def("InterruptedError", OS_ERROR);
    public static final PyType IS_A_DIRECTORY_ERROR = def("IsADirectoryError", OS_ERROR);
    public static final PyType NOT_A_DIRECTORY_ERROR = def("NotADirectoryError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = def("PermissionError", OS_ERROR);
    public static final PyType PROCESS_LOOKUP_ERROR = def("ProcessLookupError", OS_ERROR);
    public static final PyType TIMEOUT_ERROR = def("TimeoutError", OS_ERROR);
    public static final PyType REFERENCE_ERROR = def("ReferenceError", EXCEPTION);
    public static final PyType RUNTIME_ERROR = def("RuntimeError", EXCEPTION);
    public static final PyType NOT_IMPLEMENTED_ERROR = def("NotImplementedError", RUNTIME_ERROR);
    public static final PyType RECURSION_ERROR = def("RecursionError", RUNTIME_ERROR);
    public static final PyType STOP_ASYNC_ITERATION = def("StopAsyncIteration", EXCEPTION);
    public static final PyType STOP_ITERATION = defOwn("StopIteration", EXCEPTION);
    public static final PyType SYNTAX_ERROR = defOwn("SyntaxError", EXCEPTION);
    public static final PyType INDENTATION_ERROR = def("IndentationError", SYNTAX_ERROR);
    public static final PyType TAB_ERROR = def("TabError", INDENTATION_ERROR);
    public static final PyType SYSTEM_ERROR = def("SystemError", EXCEPTION);
    public static final PyType TYPE_ERROR = def("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = def("ValueError", EXCEPTION);
    public static final PyType UNICODE_ERROR = def("UnicodeError", VALUE_ERROR);
    public static final PyType UNICODE_DECODE_ERROR = defOwn("UnicodeDecodeError", UNICODE_ERROR);
    public static final PyType UNICODE_ENCODE_ERROR = defOwn("UnicodeEncodeError", UNICODE_ERROR);
    public static final PyType UNICODE_TRANSLATE_ERROR = defOwn("UnicodeTranslateError", UNICODE_ERROR);
    public static final PyType WARNING = def("Warning", EXCEPTION);
    public static final PyType BYTES_WARNING = def("BytesWarning", WARNING);
    public static final PyType DEPRECATION_WARNING = def("DeprecationWarning", WARNING);
    public static final PyType ENCODING_WARNING = def("EncodingWarning", WARNING);
    public static final PyType FUTURE_WARNING = def("FutureWarning", WARNING);
    public static final PyType IMPORT_WARNING = def("ImportWarning", WARNING);
    public static final PyType PENDING_DEPRECATION_WARNING = def("PendingDeprecationWarning", WARNING);
    public static final PyType RESOURCE_WARNING = def("ResourceWarning", WARNING);
    public static final PyType RUNTIME_WARNING = def("RuntimeWarning", WARNING);
    public static final PyType SYNTAX_WARNING = def("SyntaxWarning", WARNING);
    public static final PyType UNICODE_WARNING = def("UnicodeWarning", WARNING);
    public static final PyType USER_WARNING = def("UserWarning", WARNING);
    /** Made last, as CPython makes it after the static exception types (create_exception_group_class). */
    public static final PyType EXCEPTION_GROUP = PyType.builtin("ExceptionGroup",
            new PyType[] {BASE_EXCEPTION_GROUP, EXCEPTION}, BASE_EXCEPTION_GROUP, PyType.BASETYPE,
            PyExceptionGroup::new, null);

    /** Every built-in exception class by its builtins name, in CPython's order. */
    public static Map<String, PyType> all() {
        Map<String, PyType> m = new LinkedHashMap<>();
        for (PyType t : new PyType[] {BASE_EXCEPTION, BASE_EXCEPTION_GROUP, GENERATOR_EXIT, KEYBOARD_INTERRUPT,
                SYSTEM_EXIT, EXCEPTION, ARITHMETIC_ERROR, FLOATING_POINT_ERROR, OVERFLOW_ERROR, ZERO_DIVISION_ERROR,
                ASSERTION_ERROR, ATTRIBUTE_ERROR, BUFFER_ERROR, EOF_ERROR, IMPORT_ERROR, MODULE_NOT_FOUND_ERROR,
                LOOKUP_ERROR, INDEX_ERROR, KEY_ERROR, MEMORY_ERROR, NAME_ERROR, UNBOUND_LOCAL_ERROR, OS_ERROR,
                BLOCKING_IO_ERROR, CHILD_PROCESS_ERROR, CONNECTION_ERROR, BROKEN_PIPE_ERROR,
                CONNECTION_ABORTED_ERROR, CONNECTION_REFUSED_ERROR, CONNECTION_RESET_ERROR, FILE_EXISTS_ERROR,
                FILE_NOT_FOUND_ERROR, INTERRUPTED_ERROR, IS_A_DIRECTORY_ERROR, NOT_A_DIRECTORY_ERROR,
                PERMISSION_ERROR, PROCESS_LOOKUP_ERROR, TIMEOUT_ERROR, REFERENCE_ERROR, RUNTIME_ERROR,
                NOT_IMPLEMENTED_ERROR, RECURSION_ERROR, STOP_ASYNC_ITERATION, STOP_ITERATION, SYNTAX_ERROR,
                INDENTATION_ERROR, TAB_ERROR, SYSTEM_ERROR, TYPE_ERROR, VALUE_ERROR, UNICODE_ERROR,
                UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR, UNICODE_TRANSLATE_ERROR, WARNING, BYTES_WARNING,
                DEPRECATION_WARNING, ENCODING_WARNING, FUTURE_WARNING, IMPORT_WARNING,
                PENDING_DEPRECATION_WARNING, RESOURCE_WARNING, RUNTIME_WARNING, SYNTAX_WARNING,
                UNICODE_WARNING, USER_WARNING, EXCEPTION_GROUP}) {
            m.put(t.name(), t);
        }
        m.put("EnvironmentError", OS_ERROR);
        m.put("IOError", OS_ERROR);
        return m;
    }
}
