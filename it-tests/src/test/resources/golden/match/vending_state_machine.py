# A vending machine state machine: match on (state, event) tuples.
PRICES = {"cola": 150, "chips": 100, "gum": 50}


def step(state, event):
    match state, event:
        case ("idle", ("coin", int(v))) if v in (25, 50, 100):
            return ("paying", v), f"credit {v}"
        case ("idle", ("coin", v)):
            return "idle", f"rejected coin {v!r}"
        case ("idle", ("select", _)):
            return "idle", "insert coins first"
        case (("paying", credit), ("coin", int(v))) if v in (25, 50, 100):
            return ("paying", credit + v), f"credit {credit + v}"
        case (("paying", credit), ("select", item)) if item not in PRICES:
            return ("paying", credit), f"no such item {item}"
        case (("paying", credit), ("select", item)) if credit >= PRICES[item]:
            change = credit - PRICES[item]
            return ("vending", item, change), f"vending {item}"
        case (("paying", credit), ("select", item)):
            return ("paying", credit), f"need {PRICES[item] - credit} more for {item}"
        case (("paying", credit), "refund"):
            return "idle", f"refunded {credit}"
        case (("vending", item, 0), "take"):
            return "idle", f"took {item}"
        case (("vending", item, change), "take"):
            return "idle", f"took {item} and {change} change"
        case (("vending", *_), _):
            return state, "please take your item"
        case (_, "kick"):
            return "broken", "the machine is broken now"
        case ("broken", _):
            return "broken", "out of order"
        case _:
            return state, f"ignored {event!r}"


events = [("select", "cola"), ("coin", 100), ("coin", 3), ("select", "cola"), ("select", "tea"),
          ("coin", 50), ("select", "cola"), ("coin", 25), "take", ("coin", 100), ("coin", 100),
          ("select", "gum"), "refund", "take", ("coin", 50), "refund", ("coin", "x"), "dance",
          ("coin", 25), "kick", ("coin", 100), "refund"]
state = "idle"
for ev in events:
    state, message = step(state, ev)
    print(f"{ev!r:22} -> {message:32} state={state!r}")
