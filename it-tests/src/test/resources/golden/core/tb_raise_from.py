# raise ... from ... prints the cause first, then
# "The above exception was the direct cause of the following exception:".

class ConfigError(Exception):
    pass


def load_value(raw):
    try:
        return float(raw)
    except ValueError as e:
        raise ConfigError(f"bad number in config: {raw!r}") from e


def load(config):
    return {key: load_value(value) for key, value in config.items()}


cfg = {"ratio": "0.5", "limit": "1e3", "timeout": "thirty"}
print("loading", sorted(cfg))
for k in sorted(cfg)[:2]:
    print(k, load_value(cfg[k]))
print(load(cfg))
