# coding: foo
print("never")
