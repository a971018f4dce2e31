# A task runner that runs jobs, retries transient failures, and reports the final failures as an
# exception group that callers handle by category with except*.
class Transient(Exception):
    pass


class Permanent(Exception):
    pass


class JobFailed(Exception):
    def __init__(self, job, cause):
        super().__init__(f"{job} failed: {cause}")
        self.job = job


def make_job(name, script):
    attempts = {"n": 0}

    def job():
        attempts["n"] += 1
        step = script[min(attempts["n"], len(script)) - 1]
        if step == "ok":
            return f"{name} ok after {attempts['n']} attempt(s)"
        if step == "transient":
            raise Transient(f"{name} attempt {attempts['n']}")
        raise Permanent(f"{name} is broken")
    job.__name__ = name
    return job


def run(jobs, retries=2):
    results = []
    errors = []
    for job in jobs:
        for attempt in range(retries + 1):
            try:
                results.append(job())
                break
            except Transient as e:
                print(f"  retrying {job.__name__} after {e}")
                last = e
            except Permanent as e:
                errors.append(e)
                break
        else:
            errors.append(Transient(f"{job.__name__} gave up: {last}"))
    if errors:
        eg = ExceptionGroup(f"{len(errors)} job(s) failed", errors)
        eg.add_note(f"{len(results)} job(s) succeeded: {results}")
        raise eg
    return results


jobs = [make_job("fetch", ["transient", "ok"]), make_job("parse", ["ok"]),
        make_job("upload", ["transient", "transient", "transient"]), make_job("index", ["permanent"]),
        make_job("notify", ["transient", "transient", "ok"])]
try:
    print(run(jobs))
except* Transient as eg:
    print("transient failures:", [str(e) for e in eg.exceptions])
    print("notes travel with the part:", eg.__notes__)
except* Permanent as eg:
    print("permanent failures:", [str(e) for e in eg.exceptions])

print(run([make_job("solo", ["ok"])]))
