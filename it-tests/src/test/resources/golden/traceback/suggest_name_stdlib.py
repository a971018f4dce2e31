# NameError for a standard module name: "Did you forget to import 'sys'?"
print("args", len(sys.argv))
