# Notes that are not str print with str(); a failing str() prints "<note str() failed>";
# a note ending in a newline leaves an empty line; an empty note prints an empty line.
class Loud:
    def __str__(self):
        return "LOUD"

    def __repr__(self):
        return "quiet"


class Mute:
    def __str__(self):
        raise ValueError


e = TypeError("notes")
e.__notes__ = [Loud(), 7, Mute(), "ends with newline\n", "", "last"]
raise e
