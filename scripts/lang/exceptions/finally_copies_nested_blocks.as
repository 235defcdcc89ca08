# Checks: a finally body is compiled once per way out of the try (return, exception, normal
# end); a loop with a try/break inside that body must not disturb the handlers of the others.
def k1(x):
    try:
        if x:
            return 1
        raise KeyError(1)
    finally:
        while True:
            try:
                print("loop")
                break
            except ValueError:
                pass
        print("done")


print(k1(True))
try:
    k1(False)
except KeyError as e:
    print("caught", e)


def k2():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                return i
        finally:
            for j in range(2):
                try:
                    if j:
                        break
                finally:
                    print("inner", i, j)
    return -1


print(k2())
