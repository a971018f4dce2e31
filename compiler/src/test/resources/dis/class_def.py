class A:
    "doc"
    x = 1
    def m(self):
        return self.x
class B(A, metaclass=type):
    def m(self):
        return super().m()
