# Checks: the `if __name__ == '__main__':` idiom and the value of __name__ in the main script.
def main():
    print("running main()")
    return 0
print(__name__)
print(type(__name__))
if __name__ == '__main__':
    print("guard taken")
    main()
else:
    print("imported")
if __name__ != "__main__":
    print("never")
