# A message with newlines is printed as is.
class Report(Exception):
    pass


raise Report("line one\nline two\n  indented three")
