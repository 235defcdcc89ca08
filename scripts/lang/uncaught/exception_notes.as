# __notes__ are printed under the exception line of an uncaught exception.
e = ValueError("noted")
e.add_note("first note")
e.add_note("second\nhas two lines")
print(e.__notes__)
raise e
