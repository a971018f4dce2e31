# A tiny request router: async handlers, async middleware wrapping them, and a server loop that
# interleaves requests whose handlers await simulated I/O.
class IO:
    def __init__(self, what, cost):
        self.what = what
        self.cost = cost

    def __await__(self):
        for _ in range(self.cost):
            yield self.what
        return f"<{self.what}>"


routes = {}


def route(path):
    def register(handler):
        routes[path] = handler
        return handler
    return register


@route("/")
async def index(req):
    return 200, "welcome"


@route("/user")
async def user(req):
    row = await IO("db:user", 2)
    return 200, f"user {req['id']} from {row}"


@route("/slow")
async def slow(req):
    a = await IO("api:a", 3)
    b = await IO("api:b", 1)
    return 200, a + b


@route("/fail")
async def fail(req):
    await IO("db", 1)
    raise ValueError("handler failure")


def logging_middleware(handler):
    async def wrapped(req):
        print(f"  -> {req['path']} #{req['n']}")
        try:
            status, body = await handler(req)
        except Exception as e:
            status, body = 500, f"{type(e).__name__}: {e}"
        print(f"  <- {req['path']} #{req['n']} {status}")
        return status, body
    return wrapped


async def not_found(req):
    return 404, "no route " + req["path"]


def serve(requests):
    active = []
    for n, (path, params) in enumerate(requests):
        req = dict(params, path=path, n=n)
        handler = logging_middleware(routes.get(path, not_found))
        active.append((n, handler(req)))
    responses = {}
    tick = 0
    while active:
        tick += 1
        for item in list(active):
            n, coro = item
            try:
                waiting = coro.send(None)
                print(f"  tick {tick}: #{n} waits on {waiting}")
            except StopIteration as e:
                responses[n] = e.value
                active.remove(item)
    return responses


result = serve([("/slow", {}), ("/", {}), ("/user", {"id": 7}), ("/nope", {}), ("/fail", {})])
for n in sorted(result):
    print(n, result[n])
