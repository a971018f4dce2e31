f() = 1
s = "abc
