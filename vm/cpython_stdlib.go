package vm

// cpythonStdlib names the top-level modules of CPython 3.11's standard library
// (sys.stdlib_module_names without the private ones), and the public submodules of the
// packages asyncscript provides in part (importlib.util, json.tool): importing one
// asyncscript does not have says that it is not supported, rather than that it does not
// exist.
var cpythonStdlib = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range []string{
		"abc", "aifc", "argparse", "array", "ast", "asynchat", "asyncio", "asyncore", "atexit",
		"audioop", "base64", "bdb", "binascii", "bisect", "builtins", "bz2", "cProfile", "calendar",
		"cgi", "cgitb", "chunk", "cmath", "cmd", "code", "codecs", "codeop", "collections", "colorsys",
		"compileall", "concurrent", "configparser", "contextlib", "contextvars", "copy", "copyreg",
		"crypt", "csv", "ctypes", "curses", "dataclasses", "datetime", "dbm", "decimal", "difflib",
		"dis", "distutils", "doctest", "email", "encodings", "ensurepip", "enum", "errno",
		"faulthandler", "fcntl", "filecmp", "fileinput", "fnmatch", "fractions", "ftplib", "functools",
		"gc", "genericpath", "getopt", "getpass", "gettext", "glob", "graphlib", "grp", "gzip",
		"hashlib", "heapq", "hmac", "html", "http", "imaplib", "imghdr", "imp", "importlib", "inspect",
		"io", "ipaddress", "itertools", "json", "keyword", "linecache", "locale", "logging", "lzma",
		"mailbox", "mailcap", "marshal", "math", "mimetypes", "mmap", "modulefinder",
		"multiprocessing", "netrc", "nis", "nntplib", "numbers", "opcode", "operator", "optparse",
		"os", "ossaudiodev", "pathlib", "pdb", "pickle", "pickletools", "pipes", "pkgutil", "platform",
		"plistlib", "poplib", "posix", "posixpath", "pprint", "profile", "pstats", "pty", "pwd",
		"py_compile", "pyclbr", "pydoc", "pyexpat", "queue", "quopri", "random", "re", "readline",
		"reprlib", "resource", "rlcompleter", "runpy", "sched", "secrets", "select", "selectors",
		"shelve", "shlex", "shutil", "signal", "site", "smtpd", "smtplib", "sndhdr", "socket",
		"socketserver", "spwd", "sqlite3", "sre_compile", "sre_constants", "sre_parse", "ssl", "stat",
		"statistics", "string", "stringprep", "struct", "subprocess", "sunau", "symtable", "sys",
		"sysconfig", "syslog", "tabnanny", "tarfile", "telnetlib", "tempfile", "termios", "textwrap",
		"threading", "time", "timeit", "tkinter", "token", "tokenize", "tomllib", "trace", "traceback",
		"tracemalloc", "tty", "turtle", "types", "typing", "unicodedata", "unittest", "urllib", "uu",
		"uuid", "venv", "warnings", "wave", "weakref", "webbrowser", "wsgiref", "xdrlib", "xml",
		"xmlrpc", "zipapp", "zipfile", "zipimport", "zlib", "zoneinfo",
		"asyncio.base_events", "asyncio.base_futures", "asyncio.base_subprocess",
		"asyncio.base_tasks", "asyncio.constants", "asyncio.coroutines", "asyncio.events",
		"asyncio.format_helpers", "asyncio.futures", "asyncio.locks", "asyncio.log",
		"asyncio.mixins", "asyncio.proactor_events", "asyncio.protocols", "asyncio.queues",
		"asyncio.runners", "asyncio.selector_events", "asyncio.sslproto", "asyncio.staggered",
		"asyncio.streams", "asyncio.subprocess", "asyncio.taskgroups", "asyncio.tasks",
		"asyncio.threads", "asyncio.timeouts", "asyncio.transports", "asyncio.trsock",
		"asyncio.unix_events", "asyncio.windows_events", "asyncio.windows_utils",
		"concurrent.futures.process", "concurrent.futures.thread", "importlib.abc",
		"importlib.machinery", "importlib.metadata", "importlib.readers", "importlib.resources",
		"importlib.resources.abc", "importlib.resources.readers", "importlib.resources.simple",
		"importlib.simple", "importlib.util", "json.scanner", "json.tool", "logging.config",
		"logging.handlers",
	} {
		m[n] = true
	}
	return m
}()
