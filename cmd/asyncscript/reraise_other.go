//go:build !unix

package main

// reraiseInterrupt does nothing where signals cannot be re-raised: the caller exits with
// status 130.
func reraiseInterrupt() {}
