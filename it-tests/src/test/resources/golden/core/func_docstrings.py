# Docstrings: first statement string literals on modules, functions, classes and methods.
"""This is not the module docstring, because a comment line came first? (It is: comments don't count.)"""

import sys


def documented():
    """One-line summary."""
    return 1


def multi():
    """Summary line.

    Details follow after a blank line,
        with indentation kept as written.
    """


def not_first():
    x = 1
    """This string is not a docstring."""
    return x


def f_string_not_doc():
    f"""f-strings are never docstrings"""


def bytes_not_doc():
    b"bytes are not docstrings"


class Documented:
    """Class docstring."""

    def method(self):
        'Single-quoted docstring.'

    @property
    def prop(self):
        """Property docstring."""
        return 1


print(repr(__doc__))
print(repr(documented.__doc__), repr(not_first.__doc__), repr(f_string_not_doc.__doc__), repr(bytes_not_doc.__doc__))
print(repr(multi.__doc__))
print(multi.__doc__.splitlines())
print(Documented.__doc__, Documented.method.__doc__, Documented.prop.__doc__)
print(repr((lambda: "lambdas have no docstring").__doc__))
print(sys.modules["__main__"].__doc__ == __doc__)


def concatenated():
    "implicitly " "concatenated"


print(repr(concatenated.__doc__))


class Inherit(Documented):
    pass


print(Inherit.__doc__, Inherit.method.__doc__)
documented.__doc__ = "changed at runtime"
print(documented.__doc__)
