# Handling files that are not there, or are directories, with the OSError family.
import os

missing = f"_os_missing_{os.getpid()}.txt"
for action in ("open", "remove", "listdir", "rmdir"):
    try:
        if action == "open":
            open(missing)
        elif action == "remove":
            os.remove(missing)
        elif action == "listdir":
            os.listdir(missing)
        else:
            os.rmdir(missing)
    except FileNotFoundError as e:
        print(action, type(e).__name__, e.errno, e.strerror, e.filename == missing)
        print("  str ok:", str(e) == f"[Errno 2] No such file or directory: '{missing}'")
try:
    open(".")
except IsADirectoryError as e:
    print(type(e).__name__, e)
except PermissionError as e:
    print("PermissionError")
try:
    os.rename(missing, missing + ".bak")
except OSError as e:
    print(type(e).__name__, e.filename == missing, e.filename2 == missing + ".bak")
