# An uncaught FileNotFoundError from open() ends the script with CPython's last line.
print("reading settings")
with open("_surely_missing_settings.ini") as f:
    print(f.read())
