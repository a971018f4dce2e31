# Output written before the failure (stdout and stderr) appears in full, then the traceback on stderr.
import sys


def log(message):
    sys.stderr.write(f"log: {message}\n")


log("starting")


for i in range(1, 6):
    print(f"step {i}: processing")
    sys.stderr.write(f"log: step {i}\n")
sys.stdout.write("partial line without newline")
print()
print("about to fail", end="... ")
print("", flush=True)
data = {"steps": 5}
print("steps recorded:", data["steps"])
sys.stderr.write("last log line before the error\n")
result = data["steps"] / (data["steps"] - 5)
print("not reached", result)
