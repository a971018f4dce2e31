# A StopIteration leaking out of a generator: the RuntimeError's traceback shows the cause first.
def first_words(sentences):
    for s in sentences:
        words = iter(s.split())
        yield next(words)


print(list(first_words(["hello world", "good morning"])))
print(list(first_words(["one two", "", "three"])))
