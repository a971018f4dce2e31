x = 'abc
