# A protocol state machine written as a coroutine that awaits incoming events.
class Receive:
    def __await__(self):
        event = yield "waiting"
        return event


class ProtocolError(Exception):
    pass


async def connection():
    log = []
    event = await Receive()
    if event != "SYN":
        raise ProtocolError(f"expected SYN, got {event}")
    log.append("syn-received")
    event = await Receive()
    if event != "ACK":
        raise ProtocolError(f"expected ACK, got {event}")
    log.append("established")
    payload = []
    while True:
        event = await Receive()
        if isinstance(event, tuple) and event[0] == "DATA":
            payload.append(event[1])
            log.append(f"data({event[1]})")
        elif event == "FIN":
            log.append("closing")
            break
        elif event == "PING":
            log.append("pong")
        else:
            raise ProtocolError(f"unexpected {event!r} while established")
    event = await Receive()
    if event != "ACK":
        raise ProtocolError("missing final ACK")
    log.append("closed")
    return "".join(payload), log


def feed(events):
    conn = connection()
    conn.send(None)
    try:
        for ev in events:
            conn.send(ev)
        conn.close()
        return "incomplete (closed by driver)"
    except StopIteration as e:
        return e.value
    except ProtocolError as e:
        return f"ProtocolError: {e}"


sessions = [
    ["SYN", "ACK", ("DATA", "he"), "PING", ("DATA", "llo"), "FIN", "ACK"],
    ["SYN", "ACK", "FIN", "ACK"],
    ["ACK"],
    ["SYN", "SYN"],
    ["SYN", "ACK", ("DATA", "x"), "RST"],
    ["SYN", "ACK", ("DATA", "partial")],
    ["SYN", "ACK", "FIN", "PING"],
]
for s in sessions:
    print(s)
    print("  ->", feed(s))
