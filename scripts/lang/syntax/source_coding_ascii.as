# coding=ascii
print("plain")
