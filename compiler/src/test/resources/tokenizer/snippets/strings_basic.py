a = 'x'
b = "y"
c = ''
d = ""
