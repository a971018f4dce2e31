# Raising SystemExit directly is the same as calling sys.exit; the code becomes the exit status.

def shutdown(code):
    print("shutting down with", code)
    raise SystemExit(code)


class Service:
    def __init__(self):
        self.running = True

    def stop(self, code):
        self.running = False
        shutdown(code)


s = Service()
print("service running:", s.running)
try:
    s.stop(9)
except SystemExit as e:
    print("intercepted once:", e.code, "running:", s.running)
s.running = True
print("restarted, stopping again with 7")
s.stop(7)
print("not reached")
