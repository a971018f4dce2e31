# raise ... from ...: the cause is printed first, then "The above exception was the direct cause".
class ConfigError(Exception):
    pass


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad number: " + text) from e


print(parse("12"))
parse("twelve")
