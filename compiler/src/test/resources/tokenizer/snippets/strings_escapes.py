s = 'a\'b\\c\n'
t = "q\""
