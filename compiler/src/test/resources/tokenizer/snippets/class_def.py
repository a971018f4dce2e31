class A(B, metaclass=M):
    """doc"""
    x: int = 1

    def m(self): ...
