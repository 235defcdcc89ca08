# Checks: finally blocks and __exit__ methods run (and print) before the interpreter reports
# an uncaught exception.
class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, *args):
        print("exit runs during propagation")
def work():
    try:
        with CM():
            raise IndexError("list index out of range, custom")
    finally:
        print("finally runs during propagation")
work()
