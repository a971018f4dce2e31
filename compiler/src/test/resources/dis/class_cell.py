class C:
    def f(self):
        return __class__
    def g(self):
        super().g()
        return super().x
