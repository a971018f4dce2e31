# An exception raised while handling another prints both tracebacks, joined by
# "During handling of the above exception, another exception occurred:".

settings = {"port": "80x"}


def read_port(config):
    try:
        return int(config["port"])
    except ValueError:
        print("port is not a number; falling back to the default")
        return int(config["default_port"])


def start():
    port = read_port(settings)
    print("listening on", port)


print("configuring")
start()
