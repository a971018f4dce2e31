def f():
    try:
        try:
            a()
        except E:
            b()
    except F as e:
        c(e)
    finally:
        d()
