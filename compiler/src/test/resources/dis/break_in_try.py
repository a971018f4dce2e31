for i in x:
    try:
        if i:
            break
        continue
    finally:
        print(i)
while True:
    try:
        f()
    except:
        break
