# throw() raises at the suspended yield; unhandled, it ends the program with that frame shown.
def session():
    print("session open")
    while True:
        command = yield "ready"
        print("command:", command)


s = session()
print(next(s))
print(s.send("ls"))
print(s.send("pwd"))
s.throw(PermissionError("access denied"))
