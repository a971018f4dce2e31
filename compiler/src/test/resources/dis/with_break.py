for i in x:
    with cm:
        if i:
            break
        continue
