# add_note: each note on its own line(s) after the message.
def check(x):
    if x < 0:
        e = ValueError("negative: " + str(x))
        e.add_note("hint: use abs()")
        e.add_note("second note\nspanning two lines")
        raise e


check(-3)
