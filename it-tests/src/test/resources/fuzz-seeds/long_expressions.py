result = (1 + 2 * 3 - 4 / 5 + 6 // 7 - 8 % 9 + 10 ** 2
          - (11 + (12 - (13 * (14 / (15 + 16)))))
          + sum([17, 18, 19]) * max(20, 21, key=abs))
flags = a and b or c and not d or (e and (f or g))
chain = obj.attr.method(arg)[index].other(*rest, **kw).final
