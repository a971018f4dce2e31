xs = [
    'a'
    'b',
    c
    d,
]
