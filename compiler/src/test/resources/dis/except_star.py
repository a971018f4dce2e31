def handle(run):
    try:
        run()
    except* ValueError as eg:
        print("values", eg.exceptions)
    except* (TypeError, KeyError):
        print("types")
    else:
        print("ok")

def cleanup(run):
    try:
        run()
    except* OSError:
        pass
    finally:
        print("done")
