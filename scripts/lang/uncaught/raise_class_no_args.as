# Checks: raising an exception class with no arguments, uncaught; stderr ends with the bare
# class name and no colon.
class Shutdown(Exception):
    pass
print("about to shut down")
raise Shutdown
