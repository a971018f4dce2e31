# A failing subscript in a chain: the traceback marks the container with ~ and the key with ^.

def sections(cfg):
    return sorted(cfg)


print("sections:", sections(config) if "config" in globals() else "(not loaded yet)")


config = {
    "database": {"host": "localhost", "port": 5432},
    "cache": {"host": "localhost"},
}


def get_port(cfg, section):
    return cfg[section]["port"] + 0


print("database port", get_port(config, "database"))
print("cache port", get_port(config, "cache"))
