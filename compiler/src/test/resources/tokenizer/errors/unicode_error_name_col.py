x = 1
y = 'a' + bÿ
