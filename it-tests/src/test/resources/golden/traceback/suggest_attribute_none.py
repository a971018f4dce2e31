# No close attribute: no suggestion.
class Empty:
    pass


Empty().qwertyuiop
