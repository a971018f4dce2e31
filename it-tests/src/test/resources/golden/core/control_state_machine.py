# A vending machine as an explicit state machine driven by a list of events.

PRICES = {"A1": 125, "A2": 90, "B1": 200}
COINS = {"q": 25, "d": 10, "n": 5, "D": 100}


def run(events):
    state = "idle"
    credit = 0
    selection = None
    log = []
    for ev in events:
        kind, _, arg = ev.partition(":")
        if state == "idle":
            if kind == "coin":
                credit += COINS[arg]
                state = "paying"
            elif kind == "select":
                log.append(f"insert coins first ({arg})")
            else:
                log.append(f"ignored {ev} in idle")
        elif state == "paying":
            if kind == "coin":
                if arg not in COINS:
                    log.append(f"rejected coin {arg!r}")
                    continue
                credit += COINS[arg]
            elif kind == "select":
                if arg not in PRICES:
                    log.append(f"no such item {arg}")
                elif credit >= PRICES[arg]:
                    selection = arg
                    state = "vending"
                else:
                    log.append(f"{arg} costs {PRICES[arg]}, credit {credit}")
            elif kind == "cancel":
                log.append(f"refund {credit}")
                credit = 0
                state = "idle"
        if state == "vending":
            change = credit - PRICES[selection]
            log.append(f"vend {selection}, change {change}")
            credit = 0
            selection = None
            state = "idle"
    return state, credit, log


scenarios = [
    ["coin:q", "coin:q", "coin:D", "select:A1"],
    ["select:A2", "coin:D", "select:B1", "coin:x", "coin:D", "select:B1"],
    ["coin:d", "cancel", "cancel", "coin:n"],
    ["coin:D", "select:Z9", "select:A2"],
]
for events in scenarios:
    state, credit, log = run(events)
    print(events)
    for line in log:
        print("   ", line)
    print("    final:", state, credit)
