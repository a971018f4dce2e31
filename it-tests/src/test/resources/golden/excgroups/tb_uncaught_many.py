# More than 15 sub-exceptions: the display stops after 15 and says how many more there are.
errors = [ValueError(f"item {i} is invalid") for i in range(18)]
print(len(errors), "errors collected")
raise ExceptionGroup("too many errors", errors)
