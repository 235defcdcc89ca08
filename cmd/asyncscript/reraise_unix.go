//go:build unix

package main

import (
	"os"
	"os/signal"
	"syscall"
	"time"
)

// reraiseInterrupt restores SIGINT's default action and sends the signal to this process,
// which ends it; it returns only if the signal did not (it is blocked), and the caller then
// exits with status 130.
func reraiseInterrupt() {
	os.Stdout.Sync()
	signal.Reset(os.Interrupt)
	if syscall.Kill(os.Getpid(), syscall.SIGINT) == nil {
		time.Sleep(time.Second) // the signal arrives asynchronously
	}
}
