# Reading configuration from the environment with defaults.
import os

os.environ["APP_MODE"] = "test"
print(os.environ["APP_MODE"], os.getenv("APP_MODE"))
print(os.getenv("ASYNCSCRIPT_SURELY_UNSET_VAR"))
print(os.getenv("ASYNCSCRIPT_SURELY_UNSET_VAR", "fallback"))
print("ASYNCSCRIPT_SURELY_UNSET_VAR" in os.environ)
port = int(os.environ.get("ASYNCSCRIPT_SURELY_UNSET_PORT", "8080"))
print("port", port)
try:
    os.environ["ASYNCSCRIPT_SURELY_UNSET_VAR"]
except KeyError as e:
    print("KeyError", e)
try:
    os.getenv(42)
except TypeError as e:
    print("TypeError:", e)
cwd = os.getcwd()
print(os.path.isabs(cwd), os.path.isdir(cwd))
print(os.path.abspath("x.txt") == os.path.join(cwd, "x.txt"))
print(isinstance(os.getpid(), int))
