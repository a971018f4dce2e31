with open("f") as f, open("g"):
    data = f.read()
def h():
    with lock:
        return 1
