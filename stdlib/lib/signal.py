"""The signal module: Linux's signal numbers as CPython 3.11 has them, as the Signals enum.

asyncscript does not let a script install signal handlers: signal.signal, alarm, pause and the
other calls that would change how the process handles signals raise NotImplementedError. Ctrl-C
raises KeyboardInterrupt (and cancels the main task of asyncio.run) as in CPython, which is
what getsignal(SIGINT) reports."""

from enum import IntEnum as _IntEnum
from _unsupported import refusing as _refusing
from _signal import default_int_handler


class Signals(_IntEnum):
    SIGHUP = 1
    SIGINT = 2
    SIGQUIT = 3
    SIGILL = 4
    SIGTRAP = 5
    SIGABRT = 6
    SIGIOT = 6
    SIGBUS = 7
    SIGFPE = 8
    SIGKILL = 9
    SIGUSR1 = 10
    SIGSEGV = 11
    SIGUSR2 = 12
    SIGPIPE = 13
    SIGALRM = 14
    SIGTERM = 15
    SIGSTKFLT = 16
    SIGCHLD = 17
    SIGCLD = 17
    SIGCONT = 18
    SIGSTOP = 19
    SIGTSTP = 20
    SIGTTIN = 21
    SIGTTOU = 22
    SIGURG = 23
    SIGXCPU = 24
    SIGXFSZ = 25
    SIGVTALRM = 26
    SIGPROF = 27
    SIGWINCH = 28
    SIGIO = 29
    SIGPOLL = 29
    SIGPWR = 30
    SIGSYS = 31
    SIGRTMIN = 34
    SIGRTMAX = 64


class Handlers(_IntEnum):
    SIG_DFL = 0
    SIG_IGN = 1


class Sigmasks(_IntEnum):
    SIG_BLOCK = 0
    SIG_UNBLOCK = 1
    SIG_SETMASK = 2


Signals.__module__ = Handlers.__module__ = Sigmasks.__module__ = "signal"
globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)

NSIG = 65

_DESCRIPTIONS = {
    1: 'Hangup',
    2: 'Interrupt',
    3: 'Quit',
    4: 'Illegal instruction',
    5: 'Trace/breakpoint trap',
    6: 'Aborted',
    7: 'Bus error',
    8: 'Floating point exception',
    9: 'Killed',
    10: 'User defined signal 1',
    11: 'Segmentation fault',
    12: 'User defined signal 2',
    13: 'Broken pipe',
    14: 'Alarm clock',
    15: 'Terminated',
    16: 'Stack fault',
    17: 'Child exited',
    18: 'Continued',
    19: 'Stopped (signal)',
    20: 'Stopped',
    21: 'Stopped (tty input)',
    22: 'Stopped (tty output)',
    23: 'Urgent I/O condition',
    24: 'CPU time limit exceeded',
    25: 'File size limit exceeded',
    26: 'Virtual timer expired',
    27: 'Profiling timer expired',
    28: 'Window changed',
    29: 'I/O possible',
    30: 'Power failure',
    31: 'Bad system call',
    34: 'Real-time signal 0',
    64: 'Real-time signal 30',
}


def _checked(signalnum):
    signalnum = int(signalnum)
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    return signalnum


def getsignal(signalnum, /):
    """Return the current action for the given signal: default_int_handler for SIGINT."""
    if _checked(signalnum) == SIGINT:
        return default_int_handler
    return SIG_DFL


def strsignal(signalnum, /):
    """Return the system description of the given signal, or None if it has none."""
    return _DESCRIPTIONS.get(_checked(signalnum))


def valid_signals():
    """Return the set of valid signal numbers on this platform."""
    return set(range(1, 32)) | set(range(SIGRTMIN, NSIG))


_NO_HANDLERS = "scripts cannot change how the process handles signals"
signal = _refusing("signal.signal", _NO_HANDLERS)
alarm = _refusing("signal.alarm", _NO_HANDLERS)
pause = _refusing("signal.pause", _NO_HANDLERS)
raise_signal = _refusing("signal.raise_signal", _NO_HANDLERS)
setitimer = _refusing("signal.setitimer", _NO_HANDLERS)
siginterrupt = _refusing("signal.siginterrupt", _NO_HANDLERS)
set_wakeup_fd = _refusing("signal.set_wakeup_fd", _NO_HANDLERS)
pthread_kill = _refusing("signal.pthread_kill", _NO_HANDLERS)
pthread_sigmask = _refusing("signal.pthread_sigmask", _NO_HANDLERS)
