#!/usr/bin/env python3
"""Generates the *.json tables beside it: expected values recorded from CPython 3.11.

Run with CPython 3.11 and TZ=UTC:
    TZ=UTC python3 gen_tables.py
Each table is a JSON object whose "rows" the tests in ../*_test.go read through
loadTable. The seed is fixed, so reruns give the same files.
"""
import calendar
import datetime
import json
import math
import os
import random
import struct
import sys
import time
import unicodedata

assert sys.version_info[:2] == (3, 11), sys.version
random.seed(20261122)


def dec(n):
    """str(n) without the digit limit that the recorded calls themselves obey."""
    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        return str(n)
    finally:
        sys.set_int_max_str_digits(limit)


def bits(f):
    """The float f's bit pattern as hex text, which the tests' floatBits decodes."""
    return '0x%016x' % struct.unpack('<Q', struct.pack('<d', f))[0]


def outcome(fn, *args):
    try:
        return fn(*args), None
    except Exception as e:  # noqa: BLE001 - recording CPython's behaviour
        return None, '%s: %s' % (type(e).__name__, e)


def with_outcome(row, show, fn, *args):
    """row with "want": show(fn(*args)), or "err": "Type: message" if the call raises."""
    r, err = outcome(fn, *args)
    if err:
        row['err'] = err
    else:
        row['want'] = show(r)
    return row


def code_point_ranges(pred):
    """The [lo, hi] runs of code points c for which pred(chr(c)) holds."""
    ranges = []
    for c in range(0x110000):
        if pred(chr(c)):
            if ranges and ranges[-1][1] == c - 1:
                ranges[-1][1] = c
            else:
                ranges.append([c, c])
    return ranges


def write_table(name, doc, rows):
    """Writes NAME.json beside this script: doc, provenance and the rows, one row a line."""
    head = {'generated': 'by gen_tables.py from CPython %s; do not edit' % sys.version.split()[0], 'doc': doc}
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), name + '.json'), 'w') as out:
        out.write(json.dumps(head)[:-1] + ', "rows": [\n')
        out.write(',\n'.join(json.dumps(row) for row in rows))
        out.write('\n]}\n')



# ---- float repr -------------------------------------------------------
floats = [0.0, -0.0, 1.0, -1.0, 2.0, 100.0, 0.1, 0.2, 0.30000000000000004, 1e-5, 1e-4, 0.0001234,
          1e16, 1e15, 9999999999999998.0, 1e17, 123456789012345.0, 1234567890123456.0,
          1.5e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1/3, 2/3,
          math.pi, math.e, 1e22, 1e23, 9007199254740993.0, 0.5, 2.5, 1e-7, 123.456,
          float('inf'), float('-inf'), float('nan'), 4.35, 0.001, 1e100, 12345678.9]
while len(floats) < 1100:
    f = struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0]
    floats.append(f)
while len(floats) < 2100:
    f = random.random() * 10 ** random.randint(-8, 20) * random.choice([1, -1])
    if random.random() < 0.3:
        f = round(f, random.randint(0, 6))
    floats.append(f)
write_table('float_repr', 'repr() of floats given by bit pattern.',
            [{'bits': bits(f), 'want': repr(f)} for f in floats])

# ---- str and bytes repr -----------------------------------------------
strs = ['', 'a', "it's", 'say "hi"', 'both \' and "', 'back\\slash', 'tab\tnl\nret\r',
        '\x00\x01\x1f\x7f\x80\x9f\xa0\xa1\xad\xff', 'caf\u00e9', '\u65e5\u672c', '\u200b\u2028\u2029\u3000',
        '\ufeff\ue000\uffff\U0001f600\U000e0001\U0010ffff', '\u0378', '\u0cf3\U0001fa75\u0ece',
        '\u00a0 \u1680', 'mixed \u00e9\x00\U0001d11e']
write_table('str_repr', 'repr() of strs.', [{'in': s, 'want': repr(s)} for s in strs])
byts = [b'', b'abc', b"it's", b'"q"', b'\'"', b'\\', b'\t\n\r\x00\x7f\x80\xff', bytes(range(0, 256, 7))]
write_table('bytes_repr', 'repr() of bytes; "in" is Latin-1 text standing for the bytes.',
            [{'in': b.decode('latin-1'), 'want': repr(b)} for b in byts])

write_table('printable', 'The [lo, hi] ranges of code points str.isprintable() accepts.',
            code_point_ranges(str.isprintable))

# Decimal digits int() and float() accept.
dec_ranges = code_point_ranges(lambda ch: unicodedata.decimal(ch, None) is not None)
assert all(unicodedata.decimal(chr(lo)) == 0 for lo, _ in dec_ranges)
write_table('decimal', 'The [lo, hi] ranges of code points with a decimal value; each range starts at a zero.',
            dec_ranges)
write_table('spaces', 'The non-ASCII code points str.isspace() accepts.',
            [c for c in range(0x80, 0x110000) if chr(c).isspace()])

# ---- format() -----------------------------------------------------------
int_values = [0, 1, -1, 5, 42, -42, 255, -255, 1234, -1234567, 65, 0x10ffff, 0x110000, 2**63 - 1, -2**63,
              2**64, 10**30, -10**30, 0xdeadbeef, 10**400]
int_specs = ['', 'd', '5', '<5', '^6', '=+8', '08', '010,', '_', ',', '#x', '#X', '#o', '#b', 'x', 'X', 'o', 'b',
             '_x', '#_b', '#_X', '+', ' ', '-', 'c', '^5c', '+c', '#c', 'n', '.2f', 'e', '%', 'g', '.3', 'z',
             '*^+12,', '0=+10_', '#010x', '-#012_o', '09,', '08,', ',.1f', 'E', 'G', 'F', '.0%', 'q', '.2q',
             '.2', '10.2fx', "x<08", '0<6', '^06', '\u00e9', '\x01', ',n', ',x', '_c', '__', ',_', '_,', ',,',
             '.', '\U0001f600>6', '=^5', ' =+5', '1,1', '.2,', '99999999999999999999', '-08d', '0=06_.2F',
             ' c', '-c', '09_.1e']
float_values = [0.0, -0.0, 1.0, -1.5, 0.1, 1e-5, 1e-4, 123456789.0, 1e16, 1e15, 1.5e300, 5e-324, 2.5, 0.5,
                0.125, 2.675, float('inf'), float('-inf'), float('nan'), 3.14159, 1234567.891, 1e22,
                9999999999999998.0, 0.00001234, -1e-10, 12.0, 100.0, 0.0001, 99.995, 1e-320]
float_specs = ['', '.0f', '.2f', 'f', 'F', 'e', 'E', '.2e', '.0e', '#.0e', '#.0f', 'g', 'G', '.10g', '#g', '#.3g',
               '.1g', '.0g', '.3', '.0', '.1', '#', '#.3', '%', '.1%', '.0%', ',', '_', ',.2f', '015,.2f', '=+08.2f',
               '+', ' ', 'z.1f', 'z', 'z.0e', 'z.3g', 'z%', '10', '<10', '^10', '*>12.3e', 'n', '.20f', '.17g',
               '.30g', '.50e', 'x', 'd', 'c', '010', '0=12,', '012_', '+015_.1e', '.25', '.17', '=+10F',
               '#.0%', '.12', ',.3', '.99999999999', '-^+#15,.4G', 'z=+011,.1f', '014,G', '016_e']
str_values = ['', 'a', 'ab', 'hello', '\u65e5\u672c\u8a9e', '\u00e9', "it's"]
str_specs = ['', 's', '5', '<5', '>5', '^6', '*^7', '.1', '.0', '10.2', '05', '+', '#', '=5', 'd', ',', '_', 'z',
             '\U0001f600>4', '\x00<5', '<<<', '<<', '+#=x', ',s', '.99999999999', '^', '0^7', 'x^7.2s', '9',
             ' ', '-', ' 5', 'x> 8']
cases = []
for v in int_values:
    for s in int_specs:
        cases.append(('int', v, s))
for v in [True, False]:
    for s in ['', 'd', '5', 'q', 'x', '.2f', '#b']:
        cases.append(('bool', v, s))
for v in float_values:
    for s in float_specs:
        cases.append(('float', v, s))
for v in str_values:
    for s in str_specs:
        cases.append(('str', v, s))


def random_spec(kind):
    """A random spec, mostly valid, built from the mini-language's parts."""
    s = ''
    if random.random() < 0.3:
        s += random.choice(['', '*', '0', 'x', '\u00e9']) + random.choice('<>^=')
    if random.random() < 0.3:
        s += random.choice('+- ')
    if kind == 'float' and random.random() < 0.1:
        s += 'z'
    if random.random() < 0.2:
        s += '#'
    if random.random() < 0.2:
        s += '0'
    if random.random() < 0.5:
        s += str(random.randint(1, 25))
    if random.random() < 0.3:
        s += random.choice(',_')
    if random.random() < 0.5:
        s += '.' + str(random.randint(0, 20))
    if random.random() < 0.8:
        s += random.choice({'int': 'bcdoxXn%eEfFgG', 'float': 'eEfFgGn%', 'str': 's'}[kind] + '  ').strip()
    return s


for _ in range(1500):
    kind = random.choice(['int', 'float', 'float', 'str'])
    if kind == 'int':
        v = random.choice([random.randint(-10**6, 10**6), random.randint(-2**70, 2**70), random.randint(0, 200)])
    elif kind == 'float':
        v = random.random() * 10 ** random.randint(-10, 20) * random.choice([1, -1])
        if random.random() < 0.3:
            v = round(v, random.randint(0, 5))
    else:
        v = random.choice(['', 'a', 'hello', '\u65e5\u672c\u8a9e', 'x' * 10])
    cases.append((kind, v, random_spec(kind)))
format_rows = []
for kind, v, s in cases:
    if kind == 'float':
        val = bits(v)
    elif kind in ('int', 'bool'):
        val = str(int(v))
    else:
        val = v
    r, err = outcome(format, v, s)
    want = err if err else r
    format_rows.append({'kind': kind, 'value': val, 'spec': s, 'want': want})
write_table('format', 'format(value, spec): want is the result or "Type: message". '
            'Ints are decimal text, floats are bit patterns in hex, strs are themselves.', format_rows)

# ---- round() ----------------------------------------------------------------
round_cases = [(0.125, 2), (2.675, 2), (2.5, 0), (3.5, 0), (-0.4, 0), (-4.0, -1), (5e-324, 400), (1e300, -400),
               (-1e300, -400), (1.5e300, -300), (1234.5678, -2), (float('inf'), 2), (float('nan'), -2),
               (1.7976931348623157e308, -308), (1.7976931348623157e308, -307), (0.5, 0), (-0.5, 0), (1.5, 0),
               (1250.0, -2), (1350.0, -2), (1250.0000000000002, -2), (0.285, 2), (1.0000000000000002, 15),
               (123.456, 323), (123.456, 324), (123.456, -308), (5e-324, 323), (5e-324, 324), (1e-320, 320),
               (-1e-320, 321), (0.1, 1), (2**53 + 0.0, -1), (4503599627370497.5, 0), (0.049999999999999996, 1)]
for _ in range(600):
    f = random.random() * 10 ** random.randint(-10, 20) * random.choice([1, -1])
    round_cases.append((f, random.randint(-12, 20)))
for _ in range(100):
    f = round(random.uniform(-1000, 1000), random.randint(0, 4))
    round_cases.append((f, random.randint(0, 3)))
write_table('round', 'round(x, ndigits) as a bit pattern, or the error.',
            [with_outcome({'x': bits(f), 'ndigits': nd}, bits, round, f, nd) for f, nd in round_cases])
ri = [(1250, -2), (1350, -2), (-1250, -2), (-1350, -2), (5, -1), (15, -1), (25, -1), (-25, -1), (-5, -1), (12, 5),
      (0, -3), (499, -3), (500, -3), (501, -3), (1500, -3), (2500, -3), (10**30 + 5 * 10**9, -10), (7, -100),
      (-(10**50) - 5 * 10**20, -21), (123456789, 0), (-123, 3), (95, -1), (94, -1), (96, -1), (50, -2), (150, -2)]
for _ in range(100):
    n = random.randint(-10**25, 10**25)
    ri.append((n, random.randint(-27, 2)))
write_table('round_int', 'round(n, ndigits) for ints, in decimal text.',
            [{'n': str(n), 'ndigits': nd, 'want': str(round(n, nd))} for n, nd in ri])
round_to_int = []
for f in [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 1e300, -1e20, 4503599627370497.0, 123.4, -0.0,
          float('nan'), float('inf'), float('-inf'), 9.223372036854776e18, -9.223372036854776e18]:
    r, err = outcome(round, f)
    round_to_int.append({'x': bits(f), 'want': err if err else str(r)})
write_table('round_to_int', 'round(x) without ndigits: the int in decimal text, or the error.', round_to_int)

# ---- int(str, base) and float(str) ---------------------------------------
int_parse = [('abc', 10), (' 12 ', 10), ('1_000', 10), ('_1', 10), ('1_', 10), ('1__0', 10), ('0x_ff', 0), ('0x_ff', 16),
             ('0xff', 10), ('0xff', 16), ('0XFF', 0), ('010', 0), ('000', 0), ('0_0', 0), ('00_1', 0), ('0_7', 0),
             ('0b101', 2), ('0o17', 8), ('0O17', 0), ('0b_1', 0), ('0b1_', 0), ('z', 36), ('Z', 36), ('12', 1),
             ('12', 37), ('12', -1), ('', 10), ('  ', 10), ('+', 10), ('-0', 10), ('+_1', 10), ('-_1', 10),
             ('\uff11\uff12\uff13', 10), ('\u0661\u0662\u0663', 10), ('abc\u00e9', 10), ('12\u2003', 10),
             ('\x1c12\x1f', 10), ('a' * 300, 10), ('\u00e9' * 300, 10), ('\x00' * 300, 10), ('1' * 5000, 10),
             ('1' * 5000, 16), ('1' * 5000, 3), ('1' * 4300, 10), ('1' * 4301, 10), ('1_' * 4300 + '1', 10),
             ('1' * 4301 + 'x', 10), ('x' + '1' * 4301, 10), ('0x' + '1' * 4301, 0), ('1' * 4301, 0),
             ('-' + '0' * 4301, 10), ('0x', 16), ('0b', 0), ('0b2', 0), ('1e5', 10), ('12\n', 10),
             ('\x85 7\xa0', 10), ('12 3', 10), ('\x00', 10), ('9' * 40, 10), ('-' + '9' * 40, 10),
             ('ffffffffffffffffff', 16), ('18446744073709551615', 10), ('18446744073709551616', 10),
             ('-9223372036854775808', 10), ('zzzzzzzzzzzzzz', 36), ('\U0001d7ce\U0001d7d9\U0001d7e2', 10),
             ('\u0e51\u0e52', 10), ('7', 7), ('8', 8), ('0o8', 8), ('  -0x1F  ', 16), ('0x1f', 15),
             ("it's", 10), ('\t+42\r\n', 0), ('1\u00a0', 10), ('\u3000\u0031', 10), ('++1', 10), ('0_', 0)]
parse_int = []
for s, b in int_parse:
    r, err = outcome(int, s, b)
    parse_int.append({'s': s, 'base': b, 'want': err if err else dec(r)})
write_table('parse_int', 'int(s, base): the decimal value or the error.', parse_int)
float_parse = ['abc', '1.5', ' 1.5\n', '1_000.5', '1_.5', '1._5', '1.5_', '_1', '1e1_0', '1e_10', 'inf', '-Infinity',
               '+nAn', '-nan', 'infinit', 'INFINITY', '-iNF', '1e500', '-1e500', '1e-400', '-1e-400', '.5', '5.',
               '.', 'e5', '1e', '1e+', '0x1p3', '\uff11.\uff15', '1.5\u00e9', '', '  ', '1__0', '0_0', '00012', '1E5',
               '++1', 'in f', 'nan(1)', 'infinityx', '1.5 2', 'a' * 300, '\x00', '1\x002', '\x1c1.5',
               '\x851.5\u3000', '-.5e-3', '+1.e2', '1.5e+03', '1_2.3_4e5_6', '1e5.5', '1.5.2', '-', '+.e1',
               '0.1', '2.675', '9007199254740993', '1' * 400, '0.' + '0' * 400 + '1', '4.9e-324', '2.4e-324',
               '2.5e-324', '1.7976931348623157e308', '1.7976931348623158e308', '1.7976931348623159e308',
               '_', '1_', '1e1__0', '1_e5', '1.', '-0', '-0.0', 'nan_', 'i_nf', '0x10', '1,5', '١٫٥', 'Infinity ']
write_table('parse_float', 'float(s) as a bit pattern, or the error.',
            [with_outcome({'s': s}, bits, float, s) for s in float_parse])

# ---- strftime -----------------------------------------------------------------
directives = [c for c in 'aAbBcdfHIjmMpSUwWxXyYzZ%eCDFGghklnRrsTtuVPqQEOJ+1:']
formats = ['%' + c for c in directives] + [
    'abc%', '%', '%5', 'abc%5', '%%5', '%%f', '%-d', '%_H', '%05d', '%^B', '%#Z', '%#a', '%#p', '%10A', '%-10A',
    '%010A', '%Ey', '%Od', '%-j', '%3Y', '%_5m', '%5q', '%-q', '%Eq', '%E', '%-', '%^', '%^c', '%#c', '%-I',
    '%_y', '%-s', '%^P', '%#P', '%#A', '%#B', '%#x', '%#b', '%4%', '%-%', '%8n', '%3t', '%Od%OH%Om', '%-e',
    '%0e', '%_M', '%Oe', '%OB', '%EC', '%EY', '%Ex%EX', '%-5d', '%5d', '%_5d', '%5e', '%-5e', '%03e', '%_3j',
    '%3j', '%1j', '%1d', '%-3H', '%^5p', '%#5p', '%05p', '%_5a', '%12c', '%_12x', '%3u', '%03w', '%-U', '%_W',
    '%3C', '%04C', '%-y', '%1y', '%^Z', '%5Z', '%8T', '%-l', '%0k', '%5l', '%_5k', '%-5k', '%05l', '%5G',
    '%-g', '%5V', '%_V', '%3Ey', '%-Od', '%_Om', '%0EY', '%^#a', '%#^a', '%5%', '%5n', '%-5f', '%5f', '%Ed',
    '%Y-%m-%dT%H:%M:%S.%f%z', 'week %U/%W/%V day %j %u %w', '100%% done %Z']
moments = [datetime.datetime(2026, 11, 22, 2, 20, 55, 1234), datetime.datetime(2026, 1, 1, 0, 0, 0),
           datetime.datetime(2024, 12, 31, 23, 59, 59, 999999), datetime.datetime(2021, 1, 3, 12, 0, 0),
           datetime.datetime(5, 3, 1, 13, 5, 9, 7), datetime.datetime(999, 7, 4, 1, 2, 3),
           datetime.datetime(1000, 1, 1), datetime.datetime(9999, 12, 31, 23, 59, 59), datetime.datetime(2027, 1, 4)]
zones = [('UTC', 0, 0), ('IST', 5, 30), ('UTC-05:30', -5, -30)]
strftime_rows = []


def strftime_row(fn, zone, offset, m, f, want):
    """One strftime row: which function, the zone, the moment's fields, the format and CPython's result."""
    strftime_rows.append({'fn': fn, 'zone': zone, 'offset': offset, 'year': m.year, 'month': m.month, 'day': m.day,
                          'hour': m.hour, 'min': m.minute, 'sec': m.second, 'usec': m.microsecond,
                          'format': f, 'want': want})


for m in moments:
    for f in formats:
        strftime_row('naive', '', 0, m, f, m.strftime(f))
        if f.count('%s') == 0 and 1970 <= m.year:
            strftime_row('time', 'GMT', 0, m, f, time.strftime(f, time.gmtime(calendar.timegm(m.timetuple()))))
        for name, h, mi in zones:
            delta = datetime.timedelta(hours=h, minutes=mi)
            tz = datetime.timezone(delta) if name.startswith('UTC-') else datetime.timezone(delta, name)
            aware = m.replace(tzinfo=tz)
            if '%s' in f:
                continue  # glibc's %s reads the tuple as local time
            if name != 'UTC' and 'z' not in f and 'Z' not in f:
                continue  # only the zone directives see the zone
            strftime_row('aware', aware.tzname(), h * 3600 + mi * 60, m, f, aware.strftime(f))
write_table('strftime', 'datetime.strftime for aware ("aware") and naive ("naive") datetimes, and time.strftime '
            'of time.gmtime() ("time"). zone is "" for naive; offset is in seconds east of UTC.', strftime_rows)
