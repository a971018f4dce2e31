if True and not False or None: pass
