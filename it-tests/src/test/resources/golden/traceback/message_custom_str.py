# str() of the exception decides the message, not its args.
class HttpError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

    def __str__(self):
        return "HTTP " + str(self.code)


raise HttpError(404)
