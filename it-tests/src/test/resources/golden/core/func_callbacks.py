# An event emitter: callbacks registered per event, called with arguments, removable, once-only.

class Emitter:
    def __init__(self):
        self.handlers = {}

    def on(self, event, handler=None):
        def register(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return register(handler) if handler else register

    def once(self, event, handler):
        def wrapper(*args):
            self.off(event, wrapper)
            return handler(*args)
        wrapper.__name__ = f"once({handler.__name__})"
        return self.on(event, wrapper)

    def off(self, event, handler):
        self.handlers[event].remove(handler)

    def emit(self, event, *args):
        results = []
        for fn in list(self.handlers.get(event, [])):
            try:
                results.append(fn(*args))
            except Exception as e:
                results.append(f"{fn.__name__} failed: {type(e).__name__}: {e}")
        return results


bus = Emitter()
log = []


@bus.on("save")
def write_log(name):
    log.append(f"saved {name}")
    return "logged"


def notify(name):
    return f"notified about {name}"


def broken(name):
    return name / 2


bus.on("save", notify)
bus.on("save", broken)
bus.once("save", lambda name: f"first save of {name}")
print(bus.emit("save", "report.txt"))
print(bus.emit("save", "data.csv"))
bus.off("save", broken)
print(bus.emit("save", "final"))
print(bus.emit("unknown"), log)
print([h.__name__ for h in bus.handlers["save"]])
try:
    bus.off("save", broken)
except ValueError as e:
    print("ValueError:", e)
