"""textwrap: wrapping and filling text, as CPython's textwrap."""

_whitespace = '\t\n\x0b\x0c\r '


def _is_letter(c):
    return (c.isalnum() or c == '_') and not c.isdigit()


def _is_word(c):
    return c.isalnum() or c == '_'


def _hyphen_pieces(word):
    """Splits a non-blank run after the hyphens of hyphenated words and around em-dashes."""
    pieces = []
    start = 0
    n = len(word)
    k = 0
    while k < n and word[k] == '-':
        k += 1
    k = max(k, 1)
    while k < n:
        c = word[k]
        if c == '-' and k > start:
            run = k
            while run < n and word[run] == '-':
                run += 1
            if (run - k >= 2 and run < n and _is_word(word[run])
                    and (_is_word(word[k - 1]) or word[k - 1] in '!"\'&.,?')):
                pieces.append(word[start:k])
                pieces.append(word[k:run])
                start = run
                k = run + 1
                continue
            before = (k >= 2 and _is_letter(word[k - 2]) and _is_letter(word[k - 1])) or \
                (k >= 3 and _is_letter(word[k - 3]) and word[k - 2] == '-' and _is_letter(word[k - 1]))
            after = k + 2 < n + 1 and k + 1 < n and _is_letter(word[k + 1]) and (
                (k + 2 < n and _is_letter(word[k + 2])) or
                (k + 3 < n and word[k + 2] == '-' and _is_letter(word[k + 3])))
            if before and after:
                pieces.append(word[start:k + 1])
                start = k + 1
        k += 1
    if start < n:
        pieces.append(word[start:])
    return pieces


class TextWrapper:
    """Wraps text to lines of at most width characters; the options are attributes."""

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = ''.join(' ' if c in _whitespace else c for c in text)
        return text

    def _split(self, text):
        chunks = []
        i = 0
        n = len(text)
        while i < n:
            j = i
            blank = text[i] in _whitespace
            while j < n and (text[j] in _whitespace) == blank:
                j += 1
            if blank or not self.break_on_hyphens:
                chunks.append(text[i:j])
            else:
                chunks.extend(_hyphen_pieces(text[i:j]))
            i = j
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            c = chunks[i]
            if chunks[i + 1] == ' ' and len(c) >= 2 and c[-2].islower() and (
                    c[-1] in '.!?' or (len(c) >= 3 and c[-2] in '.!?' and c[-1] in '"\'' and c[-3].islower())):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size <= width:
                    cur_line.append(chunks.pop())
                    cur_len += size
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (not chunks or self.drop_whitespace and len(chunks) == 1
                        and not chunks[0].strip()) and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
                continue
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def wrap(self, text):
        """Returns the lines of text, wrapped, without final newlines."""
        chunks = self._split(self._munge_whitespace(text))
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Returns text wrapped into a single string of lines."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Removes the whitespace every non-blank line starts with; blank lines become empty."""
    lines = text.split('\n')
    margin = None
    for line in lines:
        stripped = line.lstrip(' \t')
        if not stripped:
            continue
        lead = line[:len(line) - len(stripped)]
        if margin is None:
            margin = lead
        else:
            k = 0
            while k < len(margin) and k < len(lead) and margin[k] == lead[k]:
                k += 1
            margin = margin[:k]
    out = []
    for line in lines:
        if not line.lstrip(' \t'):
            out.append('')
        elif margin:
            out.append(line[len(margin):])
        else:
            out.append(line)
    return '\n'.join(out)


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines of text for which predicate is true (non-blank lines)."""
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
