# An error raised in a generator's finally during close(), with the GeneratorExit as context.
def logger(path):
    entries = []
    try:
        while True:
            entries.append((yield len(entries)))
    finally:
        print("flushing", entries)
        raise OSError(f"cannot flush to {path}")


log = logger("/nowhere")
next(log)
log.send("first")
print(log.send("second"))
log.close()
