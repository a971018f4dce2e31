# Subclasses of bytes and bytearray: constructors, repr, attributes and result types of methods.
class Packet(bytes):
    def __new__(cls, payload, kind="data"):
        obj = super().__new__(cls, payload)
        obj.kind = kind
        return obj

    def checksum(self):
        return sum(self) % 256

p = Packet(b"\x01\x02\x03", "ctl")
print(p, repr(p), p.kind, p.checksum(), len(p), p[0], type(p[1:]).__name__, type(p + b"x").__name__,
      type(p.upper()).__name__, p == b"\x01\x02\x03", isinstance(p, bytes), type(bytes(p)).__name__)
print(type(Packet.fromhex("41")).__name__, Packet.fromhex("4142"), type(p * 2).__name__, hash(p) == hash(bytes(p)))

class Buffer(bytearray):
    def push(self, data):
        self.extend(data)
        return self

buf = Buffer(b"ab")
buf.push(b"cd").push([101])
buf.tag = "t"
print(buf, repr(buf), len(buf), buf.tag, type(buf[0:2]).__name__, type(buf.copy()).__name__,
      type(buf + b"x").__name__, type(buf.upper()).__name__, type(Buffer.fromhex("4142")).__name__)
buf += b"!"
buf[0] = 65
del buf[1]
print(buf, type(buf).__name__, buf == b"Acde!", Buffer(3), Buffer([1, 2]), Buffer("é", "utf-8"), Buffer())

class Loud(bytearray):
    def __repr__(self):
        return "Loud<" + bytearray.__repr__(self) + ">"

print(repr(Loud(b"x")), str(Loud(b"y")), [Loud(b"z")], f"{Loud(b'w')}")

class WithBytes(bytes):
    def __bytes__(self):
        return b"custom"

print(bytes(WithBytes(b"orig")), b"%b" % WithBytes(b"o"), WithBytes(b"orig"))
