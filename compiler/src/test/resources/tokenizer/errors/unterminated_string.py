y = 'abc
