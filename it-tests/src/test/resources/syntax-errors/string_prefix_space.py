s = f 'abc'
