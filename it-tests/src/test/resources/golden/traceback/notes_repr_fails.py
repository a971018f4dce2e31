# A non-sequence __notes__ whose repr() raises.
class NoRepr:
    def __repr__(self):
        raise ValueError


e = Exception("with bad notes")
e.__notes__ = NoRepr()
raise e
