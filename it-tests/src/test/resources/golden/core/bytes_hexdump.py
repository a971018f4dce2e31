# A hexdump of binary data, and parsing a small binary record format.

payload = b"Krait golden corpus\x00\x01\x02\xfe\xff" + bytes(range(0x41, 0x5b)) + "→ ünïcode".encode("utf-8")


def hexdump(data, width=16):
    for offset in range(0, len(data), width):
        chunk = data[offset:offset + width]
        hexpart = " ".join([f"{b:02x}" for b in chunk])
        text = "".join([chr(b) if 32 <= b < 127 else "." for b in chunk])
        print(f"{offset:08x}  {hexpart:<{width * 3 - 1}}  |{text}|")


hexdump(payload)
hexdump(b"short", 8)

# Records: 1-byte type, 2-byte big-endian length, then the value
def encode_record(kind, value):
    return bytes([kind]) + len(value).to_bytes(2, "big") + value


def decode_records(blob):
    pos = 0
    records = []
    while pos < len(blob):
        if len(blob) - pos < 3:
            raise ValueError(f"truncated header at {pos}")
        kind = blob[pos]
        length = int.from_bytes(blob[pos + 1:pos + 3], "big")
        value = blob[pos + 3:pos + 3 + length]
        if len(value) != length:
            raise ValueError(f"truncated value at {pos}: wanted {length}, got {len(value)}")
        records.append((kind, value))
        pos += 3 + length
    return records


blob = encode_record(1, b"name") + encode_record(2, "Zoë".encode()) + encode_record(3, (2024).to_bytes(2, "little"))
print(blob)
for kind, value in decode_records(blob):
    print(kind, value, len(value))
for broken in (blob[:-1], blob + b"\x01"):
    try:
        decode_records(broken)
    except ValueError as e:
        print("ValueError:", e)
