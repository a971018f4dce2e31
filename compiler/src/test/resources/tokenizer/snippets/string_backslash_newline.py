s = 'abc\
def'
