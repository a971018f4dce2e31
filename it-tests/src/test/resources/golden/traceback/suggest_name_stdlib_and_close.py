# A standard module name with a close variable too: both hints.
tim = 5
print(time)
