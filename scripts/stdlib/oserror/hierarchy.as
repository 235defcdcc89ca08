# The OSError family: which handlers catch which errors.
classes = [ConnectionError, ConnectionResetError, ConnectionRefusedError, ConnectionAbortedError,
           BrokenPipeError, FileNotFoundError, FileExistsError, PermissionError, TimeoutError,
           IsADirectoryError, NotADirectoryError, InterruptedError, BlockingIOError,
           ChildProcessError, ProcessLookupError]
for cls in classes:
    print(cls.__name__, issubclass(cls, OSError), issubclass(cls, ConnectionError), cls.__mro__[1].__name__)
print(EnvironmentError is OSError, IOError is OSError)
print(issubclass(EOFError, OSError), EOFError.__mro__[1].__name__)
