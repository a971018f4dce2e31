a @ b
a @= c
