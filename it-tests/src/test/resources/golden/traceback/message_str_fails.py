# A __str__ that raises: "<exception str() failed>".
class Broken(Exception):
    def __str__(self):
        raise RuntimeError("no str for you")


raise Broken("hidden")
