# An exception raised while handling another: "During handling of the above exception".
def cleanup(resource):
    return resource.close()


try:
    {}["key"]
except KeyError:
    cleanup(None)
