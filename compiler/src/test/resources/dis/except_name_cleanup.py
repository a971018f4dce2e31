def f():
    try:
        pass
    except Exception as err:
        return err
