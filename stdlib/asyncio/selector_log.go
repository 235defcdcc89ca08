package asyncio

import (
	"runtime"

	"github.com/asyncscript/asyncscript/vm"
)

// CPython's selector event loop logs the selector it chose when it is made, at DEBUG on the
// "asyncio" logger, so a script with logging.basicConfig(level=logging.DEBUG) prints
// "DEBUG:asyncio:Using selector: EpollSelector" first thing in asyncio.run.

// selectorName is the class of selectors.DefaultSelector on this system, as CPython picks
// it: kqueue where there is one, else epoll, else select.
func selectorName() string {
	switch runtime.GOOS {
	case "linux", "android":
		return "EpollSelector"
	case "darwin", "ios", "freebsd", "netbsd", "openbsd", "dragonfly":
		return "KqueueSelector"
	case "solaris", "illumos":
		return "DevpollSelector"
	}
	return "SelectSelector"
}

// logSelector logs the selector for a new loop when the script has imported logging;
// otherwise no handler could show a DEBUG record, so logging need not be imported for it.
func (l *Loop) logSelector() error {
	logging, ok := l.interp.Modules()["logging"]
	if !ok {
		return nil
	}
	logger, err := callMethod(l.thread, logging, "getLogger", vm.Str("asyncio"))
	if err != nil {
		return err
	}
	_, err = callMethod(l.thread, logger, "debug", vm.Str("Using selector: %s"), vm.Str(selectorName()))
	return err
}

// newLoggedLoop is NewLoop followed by the selector's log record, as CPython's loop
// constructor logs it: an error of the logging call comes out of the constructor.
func newLoggedLoop(in *vm.Interp) (*Loop, error) {
	l := NewLoop(in)
	if err := l.logSelector(); err != nil {
		return nil, err
	}
	return l, nil
}
