# An HTTP-style router: match on (method, path segments, query) with captures and guards.
USERS = {"1": "ann", "2": "bo"}
POSTS = {("1", "10"): "hello world", ("2", "11"): "second post"}


def parse(request):
    method, _, target = request.partition(" ")
    path, _, query = target.partition("?")
    segments = [s for s in path.split("/") if s]
    params = dict(p.split("=", 1) for p in query.split("&") if "=" in p)
    return method, segments, params


def route(request):
    match parse(request):
        case ("GET", [], _):
            return 200, "index"
        case ("GET", ["users"], {"limit": n}) if n.isdigit():
            return 200, sorted(USERS.values())[: int(n)]
        case ("GET", ["users"], _):
            return 200, sorted(USERS.values())
        case ("GET", ["users", uid], _) if uid in USERS:
            return 200, USERS[uid]
        case ("GET", ["users", uid, "posts", pid], _) if (uid, pid) in POSTS:
            return 200, POSTS[uid, pid]
        case ("GET", ["users", _, *_], _):
            return 404, "no such user or post"
        case ("POST" | "PUT") as method, ["users", uid], {"name": name}:
            existed = uid in USERS
            USERS[uid] = name
            return (200 if existed else 201), f"{method} {uid}={name}"
        case ("DELETE", ["users", uid], {"confirm": "yes"}):
            return (200, f"deleted {USERS.pop(uid)}") if uid in USERS else (404, "nothing to delete")
        case ("DELETE", ["users", _], _):
            return 400, "confirm=yes required"
        case (("GET" | "POST" | "PUT" | "DELETE"), [*segments], _):
            return 404, "not found: /" + "/".join(segments)
        case (method, _, _):
            return 405, f"method {method} not allowed"


requests = [
    "GET /", "GET /users", "GET /users?limit=1", "GET /users?limit=x", "GET /users/2",
    "GET /users/9", "GET /users/1/posts/10", "GET /users/1/posts/99", "POST /users/3?name=cy",
    "PUT /users/1?name=anne", "POST /users/4", "DELETE /users/2", "DELETE /users/2?confirm=yes",
    "DELETE /users/2?confirm=yes", "GET /users", "GET /static/css/site.css", "PATCH /users/1",
]
for r in requests:
    status, body = route(r)
    print(f"{r:32} {status} {body!r}")
