"""The shlex.shlex lexer class, written from the parsing rules CPython's documentation gives
for its POSIX and non-POSIX modes. shlex re-exports it."""

import sys as _sys
from _unsupported import refusing as _refusing

# The characters of words: CPython's value, letters in its order (f before e), and in POSIX
# mode the Latin-1 letters too.
_WORDCHARS = "abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
_LATIN1_WORDCHARS = ("".join(chr(c) for c in range(0xDF, 0x100) if c != 0xF7)
                     + "".join(chr(c) for c in range(0xC0, 0xDF) if c != 0xD7))

# Lexer states besides "in a quote" and "after an escape" (which are the quote or escape
# character itself, as CPython's state attribute shows them).
_BETWEEN = " "  # between tokens, skipping whitespace
_WORD = "a"     # inside a word

_NO_SOURCES = "the lexer reads one stream; it does not include other files"


class shlex:
    """A lexical analyser for shell-like syntax: iterate over it, or call get_token, for its
    tokens. The stream is a str or a file-like object with read and readline."""

    __module__ = "shlex"

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if punctuation_chars:
            raise NotImplementedError("shlex.shlex(punctuation_chars=...) is not supported "
                                      "by asyncscript")
        if isinstance(instream, str):
            self._text, self._at = instream, 0
            instream = None
        else:
            self._text = None
            if instream is None:
                instream = _sys.stdin
        self.instream = instream
        self.infile = infile
        self.posix = posix
        self.eof = None if posix else ""
        self.commenters = "#"
        self.wordchars = _WORDCHARS + (_LATIN1_WORDCHARS if posix else "")
        self.whitespace = " \t\r\n"
        self.whitespace_split = False
        self.quotes = "'\""
        self.escape = "\\"
        self.escapedquotes = '"'
        self.state = _BETWEEN
        self.pushback = []
        self.lineno = 1
        self.token = ""
        self.source = None
        self.punctuation_chars = ""

    def _read_char(self):
        # The next character of the input, "" at its end.
        if self._text is None:
            return self.instream.read(1)
        at = self._at
        if at >= len(self._text):
            return ""
        self._at = at + 1
        return self._text[at]

    def _skip_line(self):
        # Drops the rest of the line (a comment), its newline included.
        if self._text is None:
            self.instream.readline()
        else:
            end = self._text.find("\n", self._at)
            self._at = len(self._text) if end < 0 else end + 1
        self.lineno += 1

    def push_token(self, tok):
        """Push tok onto the stack of tokens get_token returns first."""
        self.pushback.append(tok)

    def get_token(self):
        """The next token: one pushed back, else one read; eof at the end."""
        if self.pushback:
            return self.pushback.pop()
        if self.source is not None:
            raise NotImplementedError("shlex.shlex source inclusion is not supported by "
                                      "asyncscript")
        return self.read_token()

    def read_token(self):
        """Read one token from the input, ignoring pushed-back tokens."""
        quoted = False
        escaped_from = _BETWEEN  # the state an escape returns to
        posix = self.posix
        while True:
            state = self.state
            if state is None:
                self.token = ""
                break
            c = self._read_char()
            if c == "\n":
                self.lineno += 1
            if state == _BETWEEN:
                if not c:
                    self.state = None
                    break
                if c in self.whitespace:
                    if self.token or (posix and quoted):
                        break
                elif c in self.commenters:
                    self._skip_line()
                elif posix and c in self.escape:
                    escaped_from, self.state = _WORD, c
                elif c in self.wordchars:
                    self.token, self.state = c, _WORD
                elif c in self.quotes:
                    if not posix:
                        self.token = c
                    self.state = c
                elif self.whitespace_split:
                    self.token, self.state = c, _WORD
                else:
                    self.token = c
                    break
            elif state == _WORD:
                if not c:
                    self.state = None
                    break
                if c in self.whitespace:
                    self.state = _BETWEEN
                    if self.token or (posix and quoted):
                        break
                elif c in self.commenters:
                    # A comment ends a POSIX word; a non-POSIX word goes on after it.
                    self._skip_line()
                    if posix:
                        self.state = _BETWEEN
                        if self.token or quoted:
                            break
                elif posix and c in self.quotes:
                    self.state = c
                elif posix and c in self.escape:
                    escaped_from, self.state = _WORD, c
                elif c in self.wordchars or c in self.quotes or self.whitespace_split:
                    self.token += c
                else:
                    # Any other character ends the word and is the next token by itself.
                    self.pushback.append(c)
                    self.state = _BETWEEN
                    if self.token or (posix and quoted):
                        break
            elif state in self.quotes:
                quoted = True
                if not c:
                    raise ValueError("No closing quotation")
                if c == state:
                    if not posix:
                        self.token += c
                        self.state = _BETWEEN
                        break
                    self.state = _WORD
                elif posix and c in self.escape and state in self.escapedquotes:
                    escaped_from, self.state = state, c
                else:
                    self.token += c
            else:  # after an escape character, state
                if not c:
                    raise ValueError("No escaped character")
                # Inside quotes the escape only escapes the quote and itself.
                if escaped_from in self.quotes and c != state and c != escaped_from:
                    self.token += state
                self.token += c
                self.state = escaped_from
        token, self.token = self.token, ""
        if posix and not quoted and token == "":
            return None
        return token

    push_source = _refusing("shlex.shlex.push_source", _NO_SOURCES)
    pop_source = _refusing("shlex.shlex.pop_source", _NO_SOURCES)
    sourcehook = _refusing("shlex.shlex.sourcehook", _NO_SOURCES)

    @property
    def debug(self):
        """The tracing level, always 0: tracing the lexer is not supported."""
        return 0

    @debug.setter
    def debug(self, level):
        if level:
            raise NotImplementedError("shlex.shlex debug tracing is not supported by "
                                      "asyncscript")

    def error_leader(self, infile=None, lineno=None):
        """The start of an error message naming the file and line, as a compiler's."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return f'"{infile}", line {lineno}: '

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token
