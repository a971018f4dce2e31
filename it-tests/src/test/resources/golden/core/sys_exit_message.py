# sys.exit("message") prints the message to stderr and exits with status 1.
import sys


CHECKS = ["app.cfg", "other.cfg"]
print("will check", len(CHECKS), "files")


def load_config(path):
    known = {"app.cfg": {"debug": True}}
    if path not in known:
        sys.exit(f"fatal: configuration file {path!r} not found")
    return known[path]


print("loading app.cfg:", load_config("app.cfg"))
sys.stdout.write("loading other.cfg...\n")
print("trying other.cfg")
config = load_config("other.cfg")
print("not reached", config)
for key in config:
    print(key)
print("done")
