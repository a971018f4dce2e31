# except* in a function long enough to be split into part methods, in a coroutine, a class body
# and a long module body.
def big():
    total = 0
    total += 0 * 2 + (total % 7)
    total += 1 * 2 + (total % 7)
    total += 2 * 2 + (total % 7)
    total += 3 * 2 + (total % 7)
    total += 4 * 2 + (total % 7)
    total += 5 * 2 + (total % 7)
    total += 6 * 2 + (total % 7)
    total += 7 * 2 + (total % 7)
    total += 8 * 2 + (total % 7)
    total += 9 * 2 + (total % 7)
    total += 10 * 2 + (total % 7)
    total += 11 * 2 + (total % 7)
    total += 12 * 2 + (total % 7)
    total += 13 * 2 + (total % 7)
    total += 14 * 2 + (total % 7)
    total += 15 * 2 + (total % 7)
    total += 16 * 2 + (total % 7)
    total += 17 * 2 + (total % 7)
    total += 18 * 2 + (total % 7)
    total += 19 * 2 + (total % 7)
    total += 20 * 2 + (total % 7)
    total += 21 * 2 + (total % 7)
    total += 22 * 2 + (total % 7)
    total += 23 * 2 + (total % 7)
    total += 24 * 2 + (total % 7)
    total += 25 * 2 + (total % 7)
    total += 26 * 2 + (total % 7)
    total += 27 * 2 + (total % 7)
    total += 28 * 2 + (total % 7)
    total += 29 * 2 + (total % 7)
    total += 30 * 2 + (total % 7)
    total += 31 * 2 + (total % 7)
    total += 32 * 2 + (total % 7)
    total += 33 * 2 + (total % 7)
    total += 34 * 2 + (total % 7)
    total += 35 * 2 + (total % 7)
    total += 36 * 2 + (total % 7)
    total += 37 * 2 + (total % 7)
    total += 38 * 2 + (total % 7)
    total += 39 * 2 + (total % 7)
    total += 40 * 2 + (total % 7)
    total += 41 * 2 + (total % 7)
    total += 42 * 2 + (total % 7)
    total += 43 * 2 + (total % 7)
    total += 44 * 2 + (total % 7)
    total += 45 * 2 + (total % 7)
    total += 46 * 2 + (total % 7)
    total += 47 * 2 + (total % 7)
    total += 48 * 2 + (total % 7)
    total += 49 * 2 + (total % 7)
    total += 50 * 2 + (total % 7)
    total += 51 * 2 + (total % 7)
    total += 52 * 2 + (total % 7)
    total += 53 * 2 + (total % 7)
    total += 54 * 2 + (total % 7)
    total += 55 * 2 + (total % 7)
    total += 56 * 2 + (total % 7)
    total += 57 * 2 + (total % 7)
    total += 58 * 2 + (total % 7)
    total += 59 * 2 + (total % 7)
    total += 60 * 2 + (total % 7)
    total += 61 * 2 + (total % 7)
    total += 62 * 2 + (total % 7)
    total += 63 * 2 + (total % 7)
    total += 64 * 2 + (total % 7)
    total += 65 * 2 + (total % 7)
    total += 66 * 2 + (total % 7)
    total += 67 * 2 + (total % 7)
    total += 68 * 2 + (total % 7)
    total += 69 * 2 + (total % 7)
    total += 70 * 2 + (total % 7)
    total += 71 * 2 + (total % 7)
    total += 72 * 2 + (total % 7)
    total += 73 * 2 + (total % 7)
    total += 74 * 2 + (total % 7)
    total += 75 * 2 + (total % 7)
    total += 76 * 2 + (total % 7)
    total += 77 * 2 + (total % 7)
    total += 78 * 2 + (total % 7)
    total += 79 * 2 + (total % 7)
    total += 80 * 2 + (total % 7)
    total += 81 * 2 + (total % 7)
    total += 82 * 2 + (total % 7)
    total += 83 * 2 + (total % 7)
    total += 84 * 2 + (total % 7)
    total += 85 * 2 + (total % 7)
    total += 86 * 2 + (total % 7)
    total += 87 * 2 + (total % 7)
    total += 88 * 2 + (total % 7)
    total += 89 * 2 + (total % 7)
    total += 90 * 2 + (total % 7)
    total += 91 * 2 + (total % 7)
    total += 92 * 2 + (total % 7)
    total += 93 * 2 + (total % 7)
    total += 94 * 2 + (total % 7)
    total += 95 * 2 + (total % 7)
    total += 96 * 2 + (total % 7)
    total += 97 * 2 + (total % 7)
    total += 98 * 2 + (total % 7)
    total += 99 * 2 + (total % 7)
    total += 100 * 2 + (total % 7)
    total += 101 * 2 + (total % 7)
    total += 102 * 2 + (total % 7)
    total += 103 * 2 + (total % 7)
    total += 104 * 2 + (total % 7)
    total += 105 * 2 + (total % 7)
    total += 106 * 2 + (total % 7)
    total += 107 * 2 + (total % 7)
    total += 108 * 2 + (total % 7)
    total += 109 * 2 + (total % 7)
    total += 110 * 2 + (total % 7)
    total += 111 * 2 + (total % 7)
    total += 112 * 2 + (total % 7)
    total += 113 * 2 + (total % 7)
    total += 114 * 2 + (total % 7)
    total += 115 * 2 + (total % 7)
    total += 116 * 2 + (total % 7)
    total += 117 * 2 + (total % 7)
    total += 118 * 2 + (total % 7)
    total += 119 * 2 + (total % 7)
    try:
        raise ExceptionGroup('big', [ValueError(total), TypeError(1)])
    except* ValueError as v:
        print('V', repr(v))
    except* TypeError as t:
        print('T', repr(t))
        raise KeyError('k')
    return total
try:
    big()
except Exception as e:
    print("left", repr(e), repr(e.__context__))
async def coro():
    try:
        raise ExceptionGroup('c', [OSError(1)])
    except* OSError as o:
        print('async', repr(o))
    return 5
c = coro()
try:
    c.send(None)
except StopIteration as s:
    print('returned', s.value)
class K:
    try:
        raise ValueError('in class')
    except* ValueError as cv:
        print('class body', repr(cv))
x0 = 0
x1 = 1
x2 = 2
x3 = 3
x4 = 4
x5 = 5
x6 = 6
x7 = 7
x8 = 8
x9 = 9
x10 = 10
x11 = 11
x12 = 12
x13 = 13
x14 = 14
x15 = 15
x16 = 16
x17 = 17
x18 = 18
x19 = 19
x20 = 20
x21 = 21
x22 = 22
x23 = 23
x24 = 24
x25 = 25
x26 = 26
x27 = 27
x28 = 28
x29 = 29
x30 = 30
x31 = 31
x32 = 32
x33 = 33
x34 = 34
x35 = 35
x36 = 36
x37 = 37
x38 = 38
x39 = 39
x40 = 40
x41 = 41
x42 = 42
x43 = 43
x44 = 44
x45 = 45
x46 = 46
x47 = 47
x48 = 48
x49 = 49
x50 = 50
x51 = 51
x52 = 52
x53 = 53
x54 = 54
x55 = 55
x56 = 56
x57 = 57
x58 = 58
x59 = 59
x60 = 60
x61 = 61
x62 = 62
x63 = 63
x64 = 64
x65 = 65
x66 = 66
x67 = 67
x68 = 68
x69 = 69
x70 = 70
x71 = 71
x72 = 72
x73 = 73
x74 = 74
x75 = 75
x76 = 76
x77 = 77
x78 = 78
x79 = 79
x80 = 80
x81 = 81
x82 = 82
x83 = 83
x84 = 84
x85 = 85
x86 = 86
x87 = 87
x88 = 88
x89 = 89
x90 = 90
x91 = 91
x92 = 92
x93 = 93
x94 = 94
x95 = 95
x96 = 96
x97 = 97
x98 = 98
x99 = 99
try:
    raise ExceptionGroup('mod', [ValueError(x99)])
except* ValueError as mv:
    print('module', repr(mv))
